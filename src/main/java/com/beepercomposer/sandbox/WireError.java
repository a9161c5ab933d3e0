package com.beepercomposer.sandbox;

import java.util.List;

/** The API's error body {@code {code, message, details?}}; a 400's details are {@code {issues: [...]}}. */
public record WireError(String code, String message, Object details) {

    /** One validation problem: what is wrong and which field, as a path such as {@code ["attachment","type"]}. */
    public record Issue(String code, String message, List<Object> path) {
        public Issue {
            path = List.copyOf(path);
        }
    }

    public record ValidationDetails(List<Issue> issues) {
    }
}
