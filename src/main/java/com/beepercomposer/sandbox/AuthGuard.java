package com.beepercomposer.sandbox;

import io.javalin.http.Context;

/**
 * The bearer-token check the API applies to every {@code /v1} route except discovery
 * ({@code GET /v1/info}); OAuth endpoints sit outside {@code /v1} and are open.
 */
final class AuthGuard {
    static final String VERSION_HEADER = "X-Beeper-Desktop-Version";

    private final AccessTokens tokens;
    private final String desktopVersion;

    AuthGuard(AccessTokens tokens, String desktopVersion) {
        this.tokens = tokens;
        this.desktopVersion = desktopVersion;
    }

    static boolean isProtected(String path) {
        return path.startsWith("/v1/") && !path.equals("/v1/info");
    }

    /** Throws 401 unless the request carries an accepted token; marks authenticated answers. */
    void check(Context ctx) {
        String token = bearer(ctx);
        if (token == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw SandboxError.unauthorized("Missing access token: send Authorization: Bearer <token>");
        }
        if (!tokens.accepts(token)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw SandboxError.unauthorized("The access token is invalid, expired or revoked");
        }
        ctx.header(VERSION_HEADER, desktopVersion);
    }

    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
