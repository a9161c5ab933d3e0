package com.beepercomposer.sandbox;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request line or header it cannot parse, a bad percent-escape, an
 * oversized URI or header block, a bad Content-Length) in the API's JSON shape instead of HTML.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final int MAX_REASON = 200;

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ErrorJson.CONTENT_TYPE));
        return ByteBuffer.wrap(ErrorJson.bytes(status, describe(status, reason)));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        ErrorJson.write(response, status, describe(status, message == null ? null : message.toString()));
    }

    private static String describe(int status, String reason) {
        String base = switch (status) {
            case 400 -> "The request is malformed";
            case 414 -> "The request URI is too long";
            case 431 -> "The request headers are too large";
            case 505 -> "The HTTP version is not supported";
            default -> HttpStatus.getMessage(status);
        };
        String detail = ErrorJson.clip(reason, MAX_REASON);
        return detail.isEmpty() || detail.equalsIgnoreCase(HttpStatus.getMessage(status)) ? base : base + ": " + detail;
    }
}
