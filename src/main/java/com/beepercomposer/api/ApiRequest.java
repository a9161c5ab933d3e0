package com.beepercomposer.api;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One call, before it goes on the wire. The body is a supplier so a retry can send it again
 * (a file is re-read from disk, never held in memory).
 */
record ApiRequest(String method, String path, List<Map.Entry<String, String>> query,
                  Supplier<BodyPublisher> body, String contentType, Retry retry, boolean authenticated,
                  Duration timeout) {

    /** When a failed attempt may be repeated. */
    enum Retry {
        /** Reads: repeat on connection errors, timeouts, 408, 429 and 5xx. */
        SAFE,
        /**
         * Writes that must not happen twice (a send): repeat only when the request surely
         * never reached the server (connection refused) or was turned away before
         * processing (429).
         */
        ONLY_IF_NOT_PROCESSED
    }

    static ApiRequest get(String path) {
        return new ApiRequest("GET", path, List.of(), null, null, Retry.SAFE, true, null);
    }

    static ApiRequest json(String method, String path, Object body) {
        byte[] bytes = JsonBody.bytes(body);
        return new ApiRequest(method, path, List.of(), () -> BodyPublishers.ofByteArray(bytes),
                "application/json", Retry.ONLY_IF_NOT_PROCESSED, true, null);
    }

    ApiRequest withQuery(String name, Object value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(query);
        more.add(Map.entry(name, String.valueOf(value)));
        return new ApiRequest(method, path, Collections.unmodifiableList(more), body, contentType, retry,
                authenticated, timeout);
    }

    ApiRequest unauthenticated() {
        return new ApiRequest(method, path, query, body, contentType, retry, false, timeout);
    }

    ApiRequest withBody(Supplier<BodyPublisher> newBody, String newContentType, Duration newTimeout) {
        return new ApiRequest(method, path, query, newBody, newContentType, retry, authenticated, newTimeout);
    }

    /** The body as UTF-8 text, read from the same publisher the wire gets; empty when there is none. */
    String bodyText() {
        if (body == null) {
            return "";
        }
        return new String(BodyBytes.drain(body.get()), StandardCharsets.UTF_8);
    }

    /** Method and path, for errors and logs: never any header, so never the token. */
    String line() {
        return method + " " + path;
    }

    /** The path with its query, every query part form-encoded. */
    String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder(path).append('?');
        for (int i = 0; i < query.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(encodeQuery(query.get(i).getKey())).append('=').append(encodeQuery(query.get(i).getValue()));
        }
        return out.toString();
    }

    private static String encodeQuery(String value) {
        // URLEncoder writes spaces as '+'; %20 reads the same to every server.
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Serialises request bodies with the shared mapper; a failure here is a programming error. */
    static final class JsonBody {
        private JsonBody() {
        }

        static byte[] bytes(Object body) {
            try {
                return Json.mapper().writeValueAsBytes(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
            }
        }
    }
}
