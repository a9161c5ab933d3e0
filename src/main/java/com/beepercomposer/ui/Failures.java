package com.beepercomposer.ui;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.Causes;
import com.beepercomposer.api.TokenScrubber;
import com.beepercomposer.i18n.Texts;
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
                    .map(m -> m + " (HTTP " + api.status() + ")")
                    .orElse(Texts.get("failure.http", String.valueOf(api.status())));
            case NOT_JSON -> Texts.get("failure.notJson", String.valueOf(api.status()));
            case CONNECTION_REFUSED -> Texts.get("failure.refused");
            case CONNECT_TIMEOUT -> Texts.get("failure.connectTimeout");
            case CONNECTION_FAILED -> Texts.get("failure.connectionFailed");
            case TIMEOUT -> Texts.get("failure.timeout");
            case CANCELLED -> Texts.get("failure.cancelled");
            case INVALID_REQUEST -> describe(api);
            case TOO_LARGE -> Texts.get("failure.tooLarge", String.valueOf(api.status()));
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
                lines.add(Texts.get("failure.line.request", api.requestLine()));
            }
            lines.add(Texts.get("failure.line.status",
                    api.status() == 0 ? Texts.get("failure.noAnswer") : String.valueOf(api.status())));
            api.code().ifPresent(code -> lines.add(Texts.get("failure.line.code", code)));
            api.serverMessage().ifPresent(message -> lines.add(Texts.get("failure.line.message", message)));
            api.issues().forEach(issue -> lines.add(Texts.get("failure.line.issue",
                    (issue.field().isEmpty() ? "" : issue.field() + ": ") + issue.message())));
            api.bodySnippet().ifPresent(body -> lines.add(Texts.get("failure.line.body", body)));
            api.retryAfter().ifPresent(wait -> lines.add(Texts.get("failure.line.retryAfter",
                    String.valueOf(wait.toSeconds()))));
            cause = api.getCause();
        } else {
            lines.add(Texts.get("failure.line.error", describe(cause)));
            cause = cause.getCause();
        }
        for (Throwable t = cause; t != null && lines.size() < 20; t = t.getCause()) {
            lines.add(Texts.get("failure.line.cause",
                    t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())));
        }
        return TokenScrubber.scrub(String.join("\n", lines));
    }
}
