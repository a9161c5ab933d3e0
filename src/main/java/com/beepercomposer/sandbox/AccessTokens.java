package com.beepercomposer.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The bearer tokens the sandbox accepts: the one it was started with (like a token made in
 * Beeper Desktop's settings) and those issued through OAuth until revoked or expired.
 */
final class AccessTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What an OAuth-issued token stands for, as introspection reports it. {@code family} links
     * every token descending from one authorization code, so a replayed code can revoke them all.
     */
    record Grant(String clientID, String scope, Instant issuedAt, Instant expiresAt, String tokenType,
                 String family) {
    }

    private final String staticToken;
    private final Clock clock;
    private final ExpiringMap<String, Grant> issued;

    /** @param maxIssued how many OAuth tokens may be live at once; beyond it the oldest lapse */
    AccessTokens(String staticToken, Clock clock, int maxIssued) {
        this.staticToken = staticToken;
        this.clock = clock;
        this.issued = new ExpiringMap<>(maxIssued, clock);
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

    String issue(String clientID, String scope, long lifetimeSeconds, String tokenType, String family) {
        String token = generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plusSeconds(lifetimeSeconds);
        issued.put(token, new Grant(clientID, scope, now, expiresAt, tokenType, family), expiresAt);
        return token;
    }

    Optional<Grant> active(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return issued.get(token);
    }

    void revoke(String token) {
        if (token != null) {
            issued.remove(token);
        }
    }

    /** Revokes every token issued from one authorization code, refreshed ones included. */
    void revokeFamily(String family) {
        issued.removeValues(grant -> family.equals(grant.family()));
    }

    /** How many OAuth-issued tokens are live now. */
    int issuedCount() {
        return issued.size();
    }
}
