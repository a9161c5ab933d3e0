package com.beepercomposer.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every failure of a call to the API. {@link Kind} tells what happened; for answers from the
 * server the status, the error {@code code}, the server's message and its validation issues
 * are kept so the UI can put each issue next to the field it names. Never holds the token:
 * every text, and the cause's, passes through {@link TokenScrubber}.
 */
public final class ApiException extends RuntimeException {

    public enum Kind {
        /** The server answered with a non-2xx status and a JSON error body. */
        HTTP,
        /** The server answered with a body that is not the JSON we expected. */
        NOT_JSON,
        /** Nothing listens at the address: the request never left. */
        CONNECTION_REFUSED,
        /** No connection could be made in time: the request never left. */
        CONNECT_TIMEOUT,
        /** The connection broke or could not be made for another reason. */
        CONNECTION_FAILED,
        /** No answer in time. For a send this means "uncertain", not "failed". */
        TIMEOUT,
        /** The caller cancelled. */
        CANCELLED,
        /** Refused before any request: an ID or argument the API cannot take. */
        INVALID_REQUEST,
        /** The answer's body is larger than we take into memory: it was cut off unread. */
        TOO_LARGE
    }

    private static final int SNIPPET_LIMIT = 200;

    private final Kind kind;
    private final String requestLine;
    private final int status;
    private final String code;
    private final String serverMessage;
    private final List<ValidationIssue> issues;
    private final Duration retryAfter;
    private final String bodySnippet;

    private ApiException(Kind kind, String requestLine, int status, String code, String serverMessage,
                         List<ValidationIssue> issues, Duration retryAfter, String bodySnippet, Throwable cause) {
        // Servers echo requests and the JDK quotes headers: every text here is scrubbed of tokens.
        super(TokenScrubber.scrub(describe(kind, requestLine, status, code, serverMessage, bodySnippet)),
                TokenScrubber.scrub(cause));
        this.kind = kind;
        this.requestLine = TokenScrubber.scrub(requestLine);
        this.status = status;
        this.code = TokenScrubber.scrub(code);
        this.serverMessage = TokenScrubber.scrub(serverMessage);
        this.issues = issues == null ? List.of() : issues.stream()
                .map(i -> new ValidationIssue(i.code(), TokenScrubber.scrub(i.message()), i.path())).toList();
        this.retryAfter = retryAfter;
        this.bodySnippet = TokenScrubber.scrub(bodySnippet);
    }

    public static ApiException http(String requestLine, int status, String code, String message,
                                    List<ValidationIssue> issues, Duration retryAfter) {
        return new ApiException(Kind.HTTP, requestLine, status, code, message, issues, retryAfter, null, null);
    }

    public static ApiException notJson(String requestLine, int status, String body, Throwable cause) {
        // Scrubbed before it is cut, so a token on the cut cannot survive in part.
        return new ApiException(Kind.NOT_JSON, requestLine, status, null, null, null, null,
                snippet(TokenScrubber.scrub(body)), cause);
    }

    public static ApiException transport(Kind kind, String requestLine, Throwable cause) {
        return new ApiException(kind, requestLine, 0, null, null, null, null, null, cause);
    }

    /** The answer (with this status) declared or grew a body above {@code limit} bytes. */
    public static ApiException tooLarge(String requestLine, int status, long limit) {
        String size = limit % (1 << 20) == 0 ? (limit >> 20) + " MB" : limit + " bytes";
        return new ApiException(Kind.TOO_LARGE, requestLine, status, null,
                "The answer is larger than the " + size + " we take", null, null, null, null);
    }

    public static ApiException invalidRequest(String message) {
        return new ApiException(Kind.INVALID_REQUEST, null, 0, null, message, null, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** e.g. {@code POST /v1/chats/!a:b/messages}; never includes headers. */
    public String requestLine() {
        return requestLine;
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int status() {
        return status;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The server's human-readable message, or for {@link Kind#INVALID_REQUEST} and {@link Kind#TOO_LARGE} ours. */
    public Optional<String> serverMessage() {
        return Optional.ofNullable(serverMessage);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** For {@link Kind#NOT_JSON}: the first bytes of the body, as text. */
    public Optional<String> bodySnippet() {
        return Optional.ofNullable(bodySnippet);
    }

    /**
     * True when a send that failed this way may still have been delivered: the request may
     * have reached the server but no answer came back.
     */
    public boolean outcomeUnknown() {
        boolean acceptedButUnreadable = kind == Kind.NOT_JSON && status >= 200 && status < 300;
        // A gateway in front of a remote server answers 502/504 without knowing what happened behind it.
        boolean gatewayLostTheAnswer = status == 502 || status == 504;
        return kind == Kind.TIMEOUT || kind == Kind.CONNECTION_FAILED || acceptedButUnreadable
                || gatewayLostTheAnswer;
    }

    private static String snippet(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.strip();
        return flat.length() <= SNIPPET_LIMIT ? flat : flat.substring(0, SNIPPET_LIMIT) + "…";
    }

    private static String describe(Kind kind, String requestLine, int status, String code, String message,
                                   String body) {
        String where = requestLine == null ? "" : " (" + requestLine + ")";
        return switch (kind) {
            case HTTP -> "HTTP " + status + (code == null ? "" : " " + code) + ": "
                    + (message == null || message.isBlank() ? "the server gave no reason" : message) + where;
            case NOT_JSON -> "HTTP " + status + ": unexpected answer that is not JSON: \"" + snippet(body) + "\""
                    + where;
            case CONNECTION_REFUSED -> "Nothing is listening there: is Beeper Desktop running?" + where;
            case CONNECT_TIMEOUT -> "Could not connect in time; nothing was sent" + where;
            case CONNECTION_FAILED -> "The connection failed before an answer arrived" + where;
            case TIMEOUT -> "No answer in time" + where;
            case CANCELLED -> "Cancelled" + where;
            case INVALID_REQUEST -> message;
            case TOO_LARGE -> message + " (HTTP " + status + ")" + where;
        };
    }
}
