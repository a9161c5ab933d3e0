package com.beepercomposer.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;

/**
 * What every request passes before a route sees it: a loopback {@code Host} (against DNS
 * rebinding), a declared body within the route's limit (answered at once, without waiting for
 * the bytes), a bounded number of bodies being read at a time and a deadline for each, so slow
 * senders cannot take every thread. It also turns an error the framework answered with an empty body (a client that
 * stopped mid-body, a read that timed out, a refused WebSocket upgrade) into the API's JSON.
 */
final class RequestGate implements Filter {
    static final String UPLOAD = "/v1/assets/upload";
    static final String UPLOAD_BASE64 = "/v1/assets/upload/base64";
    /** Any other body is small JSON or a form: a message text, chat fields, OAuth parameters. */
    static final long MAX_JSON_BODY = 4L * 1024 * 1024;
    /** Room for multipart boundaries, JSON field names and the small parts around the file. */
    private static final long ENVELOPE_SLACK = 64 * 1024;

    private final long maxUploadBytes;
    private final Semaphore bodies;
    private final int maxBodies;
    private final Duration bodyReadTimeout;
    private final ScheduledExecutorService scheduler;

    RequestGate(long maxUploadBytes, int maxConcurrentBodies, Duration bodyReadTimeout,
                ScheduledExecutorService scheduler) {
        this.maxUploadBytes = maxUploadBytes;
        this.maxBodies = maxConcurrentBodies;
        this.bodies = new Semaphore(maxConcurrentBodies);
        this.bodyReadTimeout = bodyReadTimeout;
        this.scheduler = scheduler;
    }

    /** The largest body a path takes, as declared in Content-Length. */
    long bodyLimit(String path) {
        if (UPLOAD.equals(path)) {
            return maxUploadBytes + ENVELOPE_SLACK;
        }
        if (UPLOAD_BASE64.equals(path)) {
            return (maxUploadBytes + 2) / 3 * 4 + ENVELOPE_SLACK;
        }
        return MAX_JSON_BODY;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String host = request.getHeader("Host");
        if (!LoopbackHosts.isLoopbackAuthority(host)) {
            reject(response, host == null ? 400 : 403, host == null ? "A Host header is required"
                    : "The sandbox answers only loopback hosts (localhost, 127.x.x.x, [::1]), not "
                    + ErrorJson.clip(host, 100));
            return;
        }
        long declared = request.getContentLengthLong();
        long limit = bodyLimit(request.getRequestURI());
        if (declared > limit) {
            reject(response, 413, "The request body (" + declared + " bytes) is over this endpoint's limit of "
                    + limit + " bytes");
            return;
        }
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && !bodies.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            reject(response, 503, "Too many request bodies are being received (" + maxBodies + "); retry shortly");
            return;
        }
        ScheduledFuture<?> deadline = hasBody ? scheduler.schedule(() -> cutOff(request),
                bodyReadTimeout.toMillis(), TimeUnit.MILLISECONDS) : null;
        BodySlot slot = hasBody ? new BodySlot(request, bodies) : null;
        try {
            EmptyErrorWatch watched = new EmptyErrorWatch(response);
            chain.doFilter(hasBody ? slot : request, watched);
            watched.flushWriter();
            if (watched.written == 0 && response.getStatus() >= 400 && !response.isCommitted()
                    && !request.isAsyncStarted()) {
                ErrorJson.write(response, response.getStatus(), fallbackMessage(response.getStatus()));
            }
        } finally {
            if (hasBody) {
                deadline.cancel(false);
                slot.release();
            }
        }
    }

    /**
     * Past the deadline, a read still waiting for body bytes must end: shrinking the connection's
     * idle timeout makes Jetty fail that read as timed out, and the route answers 408. Reads of
     * any kind are covered, the multipart parser's included, which a stream wrapper would miss.
     */
    private static void cutOff(HttpServletRequest request) {
        try {
            Request base = Request.getBaseRequest(request);
            if (base != null && !base.getHttpInput().isFinished()) {
                base.getHttpChannel().getEndPoint().setIdleTimeout(1);
            }
        } catch (RuntimeException e) {
            // the request completed meanwhile
        }
    }

    /** An answer given before the body is read: the connection closes instead of draining it. */
    private static void reject(HttpServletResponse response, int status, String message) throws IOException {
        response.setHeader("Connection", "close");
        ErrorJson.write(response, status, message);
    }

    private static String fallbackMessage(int status) {
        return switch (status) {
            case 400 -> "The request body ended before its declared length, or could not be read";
            case 401 -> "Missing or invalid access token: send Authorization: Bearer <token>";
            case 408 -> "The request body did not arrive in time";
            default -> "The request failed with status " + status;
        };
    }

    /** Counts the body bytes a route writes, to tell an empty error answer from a real one. */
    private static final class EmptyErrorWatch extends HttpServletResponseWrapper {
        private long written;
        private ServletOutputStream stream;
        private PrintWriter writer;

        EmptyErrorWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        written++;
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        out.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }
    }
}
