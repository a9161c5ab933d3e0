package com.beepercomposer.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens the sandbox accepts: the one it was started with (like a token made in
 * Beeper Desktop's settings) and those issued through OAuth until revoked or expired.
 */
final class AccessTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an OAuth-issued token stands for, as introspection reports it. */
    record Grant(String clientID, String scope, Instant issuedAt, Instant expiresAt, String tokenType) {
    }

    private final String staticToken;
    private final Clock clock;
    private final Map<String, Grant> issued = new ConcurrentHashMap<>();

    AccessTokens(String staticToken, Clock clock) {
        this.staticToken = staticToken;
        this.clock = clock;
    }

    /** A random URL-safe token with 256 bits of entropy. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String staticToken() {
        return staticToken;
    }

    boolean accepts(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        if (MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                staticToken.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        return active(token).filter(g -> "access_token".equals(g.tokenType())).isPresent();
    }

    String issue(String clientID, String scope, long lifetimeSeconds, String tokenType) {
        String token = generate();
        Instant now = clock.instant();
        issued.put(token, new Grant(clientID, scope, now, now.plusSeconds(lifetimeSeconds), tokenType));
        return token;
    }

    Optional<Grant> active(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Grant grant = issued.get(token);
        if (grant == null || !grant.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    void revoke(String token) {
        if (token != null) {
            issued.remove(token);
        }
    }
}
