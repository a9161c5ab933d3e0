package com.beepercomposer.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how the client talks. Built from the environment like the official SDKs
 * ({@code BEEPER_BASE_URL}, {@code BEEPER_ACCESS_TOKEN}) or given explicitly.
 *
 * @param token        null for a client that only calls {@code GET /v1/info}
 * @param maxRetries   extra attempts for calls that are safe to repeat
 * @param retryBaseDelay first backoff step; doubles each retry up to {@link #MAX_BACKOFF}
 * @param maxAssetBytes  the largest attachment body fetched into memory; a larger one fails the call
 */
public record ClientConfig(URI baseUri, AccessToken token, String userAgent, Duration connectTimeout,
                           Duration requestTimeout, Duration uploadTimeout, int maxRetries,
                           Duration retryBaseDelay, long maxAssetBytes) {

    public static final String DEFAULT_BASE_URL = "http://localhost:23373";
    public static final String ENV_BASE_URL = "BEEPER_BASE_URL";
    public static final String ENV_ACCESS_TOKEN = "BEEPER_ACCESS_TOKEN";
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** Well above any picture worth showing, far below what would strain the heap. */
    public static final long DEFAULT_MAX_ASSET_BYTES = 20L << 20;

    public ClientConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(userAgent, "userAgent");
        String scheme = baseUri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("The base URL must start with http:// or https://, got " + baseUri);
        }
        if (baseUri.getHost() == null) {
            throw new IllegalArgumentException("The base URL has no host: " + baseUri);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        if (maxAssetBytes < 0) {
            throw new IllegalArgumentException("maxAssetBytes must be >= 0");
        }
    }

    public static ClientConfig of(String baseUrl, AccessToken token) {
        return new ClientConfig(parseBaseUrl(baseUrl), token, AppIdentity.userAgent(), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofMinutes(30), 2, Duration.ofMillis(500), DEFAULT_MAX_ASSET_BYTES);
    }

    /** The SDK convention: base URL and token from the environment, with the local default URL. */
    public static ClientConfig fromEnvironment(Map<String, String> env) {
        String baseUrl = env.getOrDefault(ENV_BASE_URL, "");
        String token = env.getOrDefault(ENV_ACCESS_TOKEN, "");
        return of(baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl, token.isBlank() ? null : AccessToken.of(token));
    }

    public static URI parseBaseUrl(String baseUrl) {
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a valid URL: " + baseUrl, e);
        }
    }

    public ClientConfig withRetries(int retries, Duration baseDelay) {
        return new ClientConfig(baseUri, token, userAgent, connectTimeout, requestTimeout, uploadTimeout, retries,
                baseDelay, maxAssetBytes);
    }

    public ClientConfig withTimeouts(Duration connect, Duration request) {
        return new ClientConfig(baseUri, token, userAgent, connect, request, uploadTimeout, maxRetries,
                retryBaseDelay, maxAssetBytes);
    }

    public ClientConfig withMaxAssetBytes(long limit) {
        return new ClientConfig(baseUri, token, userAgent, connectTimeout, requestTimeout, uploadTimeout, maxRetries,
                retryBaseDelay, limit);
    }

    /**
     * Plain http to a host other than this machine sends the token in clear; the UI warns.
     */
    public boolean sendsTokenInClear() {
        if (!"http".equals(baseUri.getScheme())) {
            return false;
        }
        String host = baseUri.getHost().toLowerCase(java.util.Locale.ROOT);
        return !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUri=" + baseUri + ", token=" + (token == null ? "none" : "set")
                + ", userAgent=" + userAgent + "]";
    }
}
