package com.beepercomposer.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** How a sandbox is set up: port, token, limits, timeouts and the knobs that shape its answers; all have defaults. */
public final class SandboxBuilder {
    int port = 0;
    String token;
    long maxUploadBytes = SandboxServer.DEFAULT_MAX_UPLOAD_BYTES;
    Duration confirmDelay = SandboxServer.DEFAULT_CONFIRM_DELAY;
    ConfirmStyle confirmStyle = ConfirmStyle.SWAP_ID;
    boolean strictCapabilities;
    Clock clock = Clock.systemUTC();
    Duration idleTimeout = SandboxServer.DEFAULT_IDLE_TIMEOUT;
    Duration bodyReadTimeout = SandboxServer.DEFAULT_BODY_READ_TIMEOUT;
    int maxConcurrentBodies = SandboxServer.DEFAULT_MAX_CONCURRENT_BODIES;
    int oauthCapacity = SandboxServer.DEFAULT_OAUTH_CAPACITY;
    Duration liveTraffic;

    SandboxBuilder() {
    }

    /** How long a connection may be silent, mid-request or between requests (30 s by default). */
    public SandboxBuilder idleTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        this.idleTimeout = timeout;
        return this;
    }

    /** How long a request body may take to arrive in full before 408 (120 s by default). */
    public SandboxBuilder bodyReadTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("bodyReadTimeout must be positive");
        }
        this.bodyReadTimeout = timeout;
        return this;
    }

    /** How many request bodies may be read at once (64 by default); more get 503 at once. */
    public SandboxBuilder maxConcurrentBodies(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("maxConcurrentBodies must be positive");
        }
        this.maxConcurrentBodies = max;
        return this;
    }

    /** How many OAuth clients, pending codes and used codes are held, each (1000 by default). */
    public SandboxBuilder oauthCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("oauthCapacity must be positive");
        }
        this.oauthCapacity = capacity;
        return this;
    }

    /** 0 (the default) picks any free port. */
    public SandboxBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        this.port = port;
        return this;
    }

    /** A fixed token instead of a random one per start. */
    public SandboxBuilder token(String token) {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("The token is empty");
        }
        this.token = token == null ? null : token.strip();
        return this;
    }

    /** Upload size cap (500 MB like Beeper Desktop by default). */
    public SandboxBuilder maxUploadBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
        this.maxUploadBytes = bytes;
        return this;
    }

    /** How long a send stays PENDING before it settles (300 ms by default). */
    public SandboxBuilder confirmDelay(Duration delay) {
        this.confirmDelay = Objects.requireNonNull(delay, "delay");
        return this;
    }

    /** How a pending message becomes final ({@link ConfirmStyle#SWAP_ID} by default). */
    public SandboxBuilder confirmStyle(ConfirmStyle style) {
        this.confirmStyle = Objects.requireNonNull(style, "style");
        return this;
    }

    /**
     * Refuse at once what the published API does not say is refused: sends to a read-only
     * chat (403), replies, text, MIME types and sizes a chat's capabilities rule out (400)
     * and a second non-empty draft (409). Off by default: such sends are accepted and then
     * fail through {@code sendStatus}, and a draft simply replaces the previous one.
     */
    public SandboxBuilder strictCapabilities(boolean strict) {
        this.strictCapabilities = strict;
        return this;
    }

    public SandboxBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Other participants write in the seeded chats about every {@code meanInterval} (irregularly);
     * null or zero (the default) keeps the chats quiet, as tests want them.
     */
    public SandboxBuilder liveTraffic(Duration meanInterval) {
        if (meanInterval != null && meanInterval.isNegative()) {
            throw new IllegalArgumentException("liveTraffic must not be negative");
        }
        this.liveTraffic = meanInterval == null || meanInterval.isZero() ? null : meanInterval;
        return this;
    }

    public SandboxServer build() {
        return new SandboxServer(this);
    }
}
