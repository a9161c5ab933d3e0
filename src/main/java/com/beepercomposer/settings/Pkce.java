package com.beepercomposer.settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One sign-in's secrets (RFC 7636): the verifier stays here, its S256 challenge goes to the
 * browser; {@code state} ties the browser's answer to this sign-in.
 */
record Pkce(String verifier, String challenge, String state) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static Pkce create() {
        String verifier = random(32);
        return new Pkce(verifier, s256(verifier), random(16));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public String toString() {
        return "Pkce[<redacted>]";
    }
}
