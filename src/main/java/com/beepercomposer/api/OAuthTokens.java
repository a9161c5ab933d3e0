package com.beepercomposer.api;

/**
 * What the token endpoint answers. The tokens never print: {@code toString()} names only what
 * is there.
 */
public record OAuthTokens(AccessToken accessToken, String refreshToken, long expiresInSeconds, String scope) {
    @Override
    public String toString() {
        return "OAuthTokens[accessToken=<redacted>, refreshToken=" + (refreshToken == null ? "none" : "<redacted>")
                + ", expiresInSeconds=" + expiresInSeconds + ", scope=" + scope + "]";
    }
}
