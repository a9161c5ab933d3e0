package com.beepercomposer.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's error body, {@code {code, message}}, for the answers given outside a route: by Jetty
 * for requests it cannot parse, and by {@link RequestGate} before a route runs. Its own plain
 * mapper, so nothing here depends on how routes serialize.
 */
final class ErrorJson {
    static final String CONTENT_TYPE = "application/json;charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ErrorJson() {
    }

    /** The code the API uses for a status when nothing more specific applies. */
    static String codeFor(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 417 -> "EXPECTATION_FAILED";
            case 426 -> "UPGRADE_REQUIRED";
            case 429 -> "RATE_LIMITED";
            case 431 -> "HEADERS_TOO_LARGE";
            case 501 -> "NOT_IMPLEMENTED";
            case 503 -> "UNAVAILABLE";
            case 505 -> "HTTP_VERSION_NOT_SUPPORTED";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    static WireError body(int status, String message) {
        return new WireError(codeFor(status), message, null);
    }

    static byte[] bytes(int status, String message) {
        return bytes(body(status, message));
    }

    static byte[] bytes(WireError body) {
        try {
            return MAPPER.writeValueAsBytes(body.details() == null
                    ? new Plain(body.code(), body.message()) : body);
        } catch (JsonProcessingException e) {
            return ("{\"code\":\"" + body.code() + "\",\"message\":\"error\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Answers now, replacing anything buffered; the caller must not have committed the response. */
    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] json = bytes(status, message);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        response.flushBuffer();
    }

    /** A message safe to echo: bounded and without control characters. */
    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return text.length() > max ? out.append('…').toString() : out.toString();
    }

    private record Plain(String code, String message) {
    }
}
