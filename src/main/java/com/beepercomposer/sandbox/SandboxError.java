package com.beepercomposer.sandbox;

import java.util.List;

/**
 * A failure a route reports to the caller. Thrown anywhere inside a handler and turned into the
 * API's error JSON in one place, so every route answers errors the same way.
 */
final class SandboxError extends RuntimeException {
    private final int status;
    private final String code;
    private final Object details;

    SandboxError(int status, String code, String message, Object details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static SandboxError invalid(List<WireError.Issue> issues) {
        String message = issues.size() == 1 ? issues.get(0).message()
                : "Invalid request: " + issues.size() + " problems";
        return new SandboxError(400, "VALIDATION_ERROR", message, new WireError.ValidationDetails(List.copyOf(issues)));
    }

    static SandboxError invalid(String code, String message, Object... path) {
        return invalid(List.of(new WireError.Issue(code, message, List.of(path))));
    }

    static SandboxError notFound(String message) {
        return new SandboxError(404, "NOT_FOUND", message, null);
    }

    static SandboxError forbidden(String message) {
        return new SandboxError(403, "FORBIDDEN", message, null);
    }

    static SandboxError conflict(String code, String message) {
        return new SandboxError(409, code, message, null);
    }

    static SandboxError unauthorized(String message) {
        return new SandboxError(401, "UNAUTHORIZED", message, null);
    }

    static SandboxError tooLarge(String message) {
        return new SandboxError(413, "PAYLOAD_TOO_LARGE", message, null);
    }

    /** The body stopped arriving: too slowly (408) or cut off (400). Not the client's JSON at fault. */
    static SandboxError bodyUnreadable(java.io.IOException e) {
        boolean timedOut = e.getCause() instanceof java.util.concurrent.TimeoutException
                || e instanceof java.io.InterruptedIOException;
        return timedOut ? new SandboxError(408, "REQUEST_TIMEOUT", "The request body did not arrive in time", null)
                : new SandboxError(400, "BAD_REQUEST", "The request body ended early or could not be read", null);
    }

    int status() {
        return status;
    }

    WireError body() {
        return new WireError(code, getMessage(), details);
    }
}
