package com.beepercomposer.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts {@link ApiRequest}s on the wire and turns answers into records or {@link ApiException}s,
 * repeating an attempt only where {@link ApiRequest.Retry} says it is safe.
 */
final class HttpTransport {
    static final String VERSION_HEADER = "X-Beeper-Desktop-Version";
    /** A server asking us to wait longer than this gets its error shown instead of a silent wait. */
    static final Duration MAX_HONOURED_RETRY_AFTER = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpClient http;
    private final ClientConfig config;
    private final AtomicReference<String> serverVersion = new AtomicReference<>();
    private final List<Runnable> unauthorizedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile CompletableFuture<?> serverStarting = CompletableFuture.completedFuture(null);

    HttpTransport(HttpClient http, ClientConfig config) {
        this.http = http;
        this.config = config;
    }

    static HttpClient newHttpClient(ClientConfig config, java.util.concurrent.Executor callbacks) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (callbacks != null) {
            builder.executor(callbacks);
        }
        if ("http".equalsIgnoreCase(config.baseUri().getScheme())) {
            // A plain-http server needs no TLS: the context is made only if something ever asks for it.
            builder.sslContext(new LazySslContext()).sslParameters(LazySslContext.PARAMETERS);
        }
        return builder
                // Plain HTTP/1.1: no h2c upgrade headers, which some local servers mishandle.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    ClientConfig config() {
        return config;
    }

    HttpClient http() {
        return http;
    }

    /** The Beeper Desktop version from the last answer of the base URL, if any. */
    Optional<String> serverVersion() {
        return Optional.ofNullable(serverVersion.get());
    }

    /**
     * Runs {@code listener} on every 401 answer to a request that carried the token, on the thread
     * that read it; the returned action stops it.
     */
    Runnable onUnauthorized(Runnable listener) {
        unauthorizedListeners.add(listener);
        return () -> unauthorizedListeners.remove(listener);
    }

    /**
     * Requests made before {@code started} completes go out once it has, or fail as for an absent
     * server if it fails; if it is cancelled (the session closed first) they end CANCELLED unsent.
     */
    void sendAfter(CompletableFuture<?> started) {
        serverStarting = started;
    }

    <T> CompletableFuture<T> execute(ApiRequest request, JavaType type) {
        return execute(request, type, null);
    }

    /** As {@link #execute(ApiRequest, JavaType)}; a fired {@code cancel} ends the call with {@code CANCELLED}. */
    <T> CompletableFuture<T> execute(ApiRequest request, JavaType type, CancelSignal cancel) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (cancel != null) {
            cancel.onCancel(() -> result.completeExceptionally(
                    ApiException.transport(ApiException.Kind.CANCELLED, request.line(), null)));
        }
        CompletableFuture<?> starting = serverStarting;
        if (starting.isDone()) {
            attempt(request, type, 0, result);
        } else {
            starting.whenComplete((started, failed) -> {
                if (failed instanceof java.util.concurrent.CancellationException
                        || failed != null && failed.getCause() instanceof java.util.concurrent.CancellationException) {
                    // The session closed before its server started: nothing to send to.
                    result.completeExceptionally(ApiException.transport(ApiException.Kind.CANCELLED, request.line(), null));
                } else {
                    attempt(request, type, 0, result);
                }
            });
        }
        return result;
    }

    private <T> void attempt(ApiRequest request, JavaType type, int attemptNumber, CompletableFuture<T> result) {
        if (result.isDone()) {
            return;
        }
        HttpRequest httpRequest;
        try {
            httpRequest = build(request, type);
        } catch (ApiException e) {
            result.completeExceptionally(e);
            return;
        } catch (RuntimeException e) {
            // The JDK quotes a header it refuses, and the Authorization header holds the token.
            result.completeExceptionally(ApiException.invalidRequest("The request could not be built: "
                    + TokenScrubber.scrub(e.getMessage())));
            return;
        }
        LOG.debug("{} (attempt {})", request.line(), attemptNumber + 1);
        CompletableFuture<HttpResponse<byte[]>> inFlight;
        try {
            inFlight = http.sendAsync(httpRequest, type.getRawClass() == byte[].class
                    ? CappedBody.handler(config.maxAssetBytes(), request.line())
                    : HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // The owner shut the client's callback threads down: nothing went out.
            result.completeExceptionally(ApiException.transport(ApiException.Kind.CANCELLED, request.line(), closed));
            return;
        }
        // Cancelling what we returned (or failing it from outside) aborts the exchange on the wire too.
        result.whenComplete((value, error) -> {
            if (error != null) {
                inFlight.cancel(true);
            }
        });
        inFlight.whenComplete((response, error) -> {
            ApiException failure;
            if (error != null) {
                failure = mapTransportError(request, Causes.unwrap(error));
            } else {
                try {
                    result.complete(read(request, response, type));
                    return;
                } catch (ApiException e) {
                    failure = e;
                }
            }
            Optional<Duration> delay = retryDelay(request, failure, attemptNumber);
            if (delay.isPresent() && !result.isDone()) {
                LOG.debug("{} failed ({}), retrying in {} ms", request.line(), failure.kind(), delay.get().toMillis());
                CompletableFuture.delayedExecutor(delay.get().toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(request, type, attemptNumber + 1, result));
            } else {
                result.completeExceptionally(failure);
            }
        });
    }

    /**
     * Where {@code request} goes: the base URL with the request's path and query after it; a path
     * that is a whole address (an attachment elsewhere) as it is, but only without the token.
     *
     * @throws ApiException when a request that carries the token names a whole address
     */
    URI uri(ApiRequest request) {
        if (toBaseUrl(request)) {
            return URI.create(config.baseUri().toString() + request.pathAndQuery());
        }
        if (request.authenticated()) {
            throw ApiException.invalidRequest("The access token goes to the base URL only, never to another address");
        }
        return URI.create(request.pathAndQuery());
    }

    private static boolean toBaseUrl(ApiRequest request) {
        return request.path().startsWith("/");
    }

    private HttpRequest build(ApiRequest request, JavaType type) {
        URI uri = uri(request);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(request.timeout() != null ? request.timeout() : config.requestTimeout())
                .header("Accept", type.getRawClass() == byte[].class ? "*/*" : "application/json")
                .header("User-Agent", config.userAgent());
        if (request.authenticated()) {
            if (config.token() == null) {
                throw ApiException.invalidRequest(
                        "No access token is configured: set BEEPER_ACCESS_TOKEN or add one in the settings");
            }
            builder.header("Authorization", "Bearer " + config.token().reveal());
        }
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
            builder.method(request.method(), request.body().get());
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private <T> T read(ApiRequest request, HttpResponse<byte[]> response, JavaType type) {
        int status = response.statusCode();
        if (toBaseUrl(request)) {
            // A picture's host says nothing about which Beeper Desktop this is.
            response.headers().firstValue(VERSION_HEADER).ifPresent(serverVersion::set);
        }
        LOG.debug("{} -> {}", request.line(), status);
        byte[] body = response.body();
        // Another host refusing an attachment says nothing about our token.
        if (status == 401 && request.authenticated()) {
            unauthorizedListeners.forEach(Runnable::run);
        }
        if (status >= 200 && status < 300) {
            if (type.getRawClass() == Void.class) {
                return null;
            }
            if (type.getRawClass() == byte[].class) {
                @SuppressWarnings("unchecked")
                T bytes = (T) body;
                return bytes;
            }
            try {
                return Json.mapper().readValue(body, type);
            } catch (IOException e) {
                throw ApiException.notJson(request.line(), status, text(body), e);
            }
        }
        throw errorFor(request, status, response.headers(), body);
    }

    private static ApiException errorFor(ApiRequest request, int status, HttpHeaders headers, byte[] body) {
        Duration retryAfter = parseRetryAfter(headers.firstValue("Retry-After").orElse(null));
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return ApiException.notJson(request.line(), status, text(body), null);
        }
        String code = textOrNull(json.get("code"));
        // Older servers put the text in "error" instead of "message".
        String message = textOrNull(json.get("message"));
        if (message == null) {
            message = textOrNull(json.get("error"));
        }
        List<ValidationIssue> issues = new ArrayList<>();
        JsonNode rawIssues = json.path("details").path("issues");
        if (rawIssues.isArray()) {
            for (JsonNode issue : rawIssues) {
                if (!issue.isObject()) {
                    continue;
                }
                try {
                    issues.add(Json.mapper().treeToValue(issue, ValidationIssue.class));
                } catch (IOException | IllegalArgumentException e) {
                    LOG.debug("Unreadable validation issue skipped: {}", e.getMessage());
                }
            }
        }
        return ApiException.http(request.line(), status, code, message, issues, retryAfter);
    }

    private Optional<Duration> retryDelay(ApiRequest request, ApiException failure, int attemptNumber) {
        if (attemptNumber >= config.maxRetries() || !isRetryable(request.retry(), failure)) {
            return Optional.empty();
        }
        Optional<Duration> asked = failure.retryAfter();
        if (asked.isPresent()) {
            return asked.get().compareTo(MAX_HONOURED_RETRY_AFTER) <= 0 ? asked : Optional.empty();
        }
        long base = config.retryBaseDelay().toMillis() << attemptNumber;
        long capped = Math.min(base, ClientConfig.MAX_BACKOFF.toMillis());
        // Jitter keeps several clients from retrying in lockstep.
        double jitter = 1.0 - ThreadLocalRandom.current().nextDouble() * 0.25;
        return Optional.of(Duration.ofMillis((long) (capped * jitter)));
    }

    static boolean isRetryable(ApiRequest.Retry retry, ApiException failure) {
        ApiException.Kind kind = failure.kind();
        int status = failure.status();
        boolean neverSent = kind == ApiException.Kind.CONNECTION_REFUSED || kind == ApiException.Kind.CONNECT_TIMEOUT;
        boolean turnedAway = kind == ApiException.Kind.HTTP && status == 429;
        if (retry == ApiRequest.Retry.ONLY_IF_NOT_PROCESSED) {
            return neverSent || turnedAway;
        }
        return neverSent || turnedAway
                || kind == ApiException.Kind.CONNECTION_FAILED || kind == ApiException.Kind.TIMEOUT
                || ((kind == ApiException.Kind.HTTP || kind == ApiException.Kind.NOT_JSON)
                    && (status == 408 || status >= 500));
    }

    static ApiException mapTransportError(ApiRequest request, Throwable error) {
        // A body refused as it arrived comes back inside the client's own wrapping.
        ApiException api = Causes.apiException(error);
        if (api != null) {
            return api;
        }
        ApiException.Kind kind;
        if (error instanceof CancellationException) {
            kind = ApiException.Kind.CANCELLED;
        } else if (error instanceof HttpConnectTimeoutException) {
            kind = ApiException.Kind.CONNECT_TIMEOUT;
        } else if (error instanceof HttpTimeoutException) {
            kind = ApiException.Kind.TIMEOUT;
        } else if (error instanceof ConnectException) {
            kind = ApiException.Kind.CONNECTION_REFUSED;
        } else if (error instanceof IOException && hasCause(error, UploadCancelledException.class)) {
            kind = ApiException.Kind.CANCELLED;
        } else {
            kind = ApiException.Kind.CONNECTION_FAILED;
        }
        return ApiException.transport(kind, request.line(), error);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Retry-After is either delay-seconds or an HTTP date. */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            double seconds = Double.parseDouble(trimmed);
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (java.time.format.DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    }
}
