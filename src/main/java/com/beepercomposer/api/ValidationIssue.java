package com.beepercomposer.api;

import java.util.List;
import java.util.stream.Collectors;

/** One entry of a 400's {@code details.issues}: which field ({@code path}) and what is wrong. */
public record ValidationIssue(String code, String message, List<Object> path) {
    public ValidationIssue {
        path = path == null ? List.of() : List.copyOf(path);
        // Some servers root body fields at "body" (["body","text"]); the field is what follows.
        if (path.size() > 1 && "body".equals(path.get(0))) {
            path = path.subList(1, path.size());
        }
    }

    /** The path as a dotted name, e.g. {@code attachment.size.width}. */
    public String field() {
        return path.stream().map(String::valueOf).collect(Collectors.joining("."));
    }
}
