package com.beepercomposer.ui;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.Causes;
import com.beepercomposer.api.TokenScrubber;
import java.util.ArrayList;
import java.util.List;

/**
 * Failures as the person reads them: a {@linkplain #summary short sentence} for the label, and
 * the {@linkplain #details details} (request, status, code, body) for whoever asks for them.
 * Never a token: every text passes the scrubber.
 */
public final class Failures {
    /** Past this a summary is cut: a label is one line, the rest is in the details. */
    static final int SUMMARY_LIMIT = 120;

    private Failures() {
    }

    /** A sentence for the user: the real cause's message (never a token), or its type when it has none. */
    public static String describe(Throwable error) {
        Throwable cause = Causes.unwrap(error);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : TokenScrubber.scrub(message);
    }

    /** What went wrong in one short line, without the request it happened on. */
    public static String summary(Throwable error) {
        ApiException api = Causes.apiException(Causes.unwrap(error));
        String text = api == null ? describe(error) : switch (api.kind()) {
            case HTTP -> api.serverMessage().filter(m -> !m.isBlank())
                    .map(m -> m + " (HTTP " + api.status() + ")").orElse("The server answered HTTP " + api.status());
            case NOT_JSON -> "The server's answer was not JSON (HTTP " + api.status() + ")";
            case CONNECTION_REFUSED -> "Nothing is listening there: is Beeper Desktop running?";
            case CONNECT_TIMEOUT -> "Could not connect in time";
            case CONNECTION_FAILED -> "The connection failed before an answer arrived";
            case TIMEOUT -> "No answer in time";
            case CANCELLED -> "Cancelled";
            case INVALID_REQUEST -> describe(api);
        };
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SUMMARY_LIMIT ? flat : flat.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    /** Everything known about the failure, one fact a line: request, status, code, message, body, cause. */
    public static String details(Throwable error) {
        Throwable cause = Causes.unwrap(error);
        ApiException api = Causes.apiException(cause);
        List<String> lines = new ArrayList<>();
        if (api != null) {
            if (api.requestLine() != null) {
                lines.add("Request: " + api.requestLine());
            }
            lines.add("Status: " + (api.status() == 0 ? "no answer" : String.valueOf(api.status())));
            api.code().ifPresent(code -> lines.add("Code: " + code));
            api.serverMessage().ifPresent(message -> lines.add("Message: " + message));
            api.issues().forEach(issue -> lines.add("Issue: " + (issue.field().isEmpty() ? "" : issue.field() + ": ")
                    + issue.message()));
            api.bodySnippet().ifPresent(body -> lines.add("Body: " + body));
            api.retryAfter().ifPresent(wait -> lines.add("Retry after: " + wait.toSeconds() + " s"));
            cause = api.getCause();
        } else {
            lines.add("Error: " + describe(cause));
            cause = cause.getCause();
        }
        for (Throwable t = cause; t != null && lines.size() < 20; t = t.getCause()) {
            lines.add("Cause: " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
        return TokenScrubber.scrub(String.join("\n", lines));
    }
}
