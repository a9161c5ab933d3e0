package com.beepercomposer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * OAuth 2.0 for public clients with PKCE, as Beeper Desktop offers it: RFC 8414 metadata,
 * RFC 7591 registration, authorization code with S256 (RFC 7636), RFC 7009 revocation and
 * RFC 7662 introspection. Authorization is approved at once: the sandbox has nobody to ask.
 * Errors here use the OAuth shape {@code {error, error_description}}, with the API's
 * {@code code} and {@code message} alongside for clients that read only those.
 *
 * <p>Anyone can register a client and ask for codes without a token, so clients, codes and
 * used codes live in capped, expiring maps, and a registration's size is bounded.
 */
final class OAuthRoutes {
    static final String METADATA = "/.well-known/oauth-authorization-server";
    static final String AUTHORIZE = "/oauth/authorize";
    static final String TOKEN = "/oauth/token";
    static final String REGISTER = "/oauth/register";
    static final String REVOKE = "/oauth/revoke";
    static final String INTROSPECT = "/oauth/introspect";
    static final String USERINFO = "/oauth/userinfo";

    private static final long ACCESS_TOKEN_SECONDS = 3600;
    private static final long REFRESH_TOKEN_SECONDS = 30L * 24 * 3600;
    private static final long CODE_SECONDS = 120;
    private static final long CLIENT_SECONDS = 24 * 3600;
    /** How long a used code is remembered, so a replay can still revoke what it issued. */
    private static final long USED_CODE_SECONDS = 3600;
    static final int MAX_REDIRECT_URIS = 10;
    static final int MAX_NAME_LENGTH = 200;
    private static final String DEFAULT_SCOPE = "read write";

    private record Client(String clientID, String name, List<String> redirectURIs, Instant issuedAt) {
    }

    private record PendingCode(String clientID, String redirectURI, String challenge, String scope,
                               Instant expiresAt) {
    }

    /** How many entries each kind of unauthenticated state holds now. */
    record StateCounts(int clients, int pendingCodes, int usedCodes, int tokens) {
    }

    private final Supplier<String> baseUrl;
    private final AccessTokens tokens;
    private final Clock clock;
    private final ExpiringMap<String, Client> clients;
    private final ExpiringMap<String, PendingCode> codes;
    /** Exchanged codes and the token family each one started. */
    private final ExpiringMap<String, String> usedCodes;

    /** @param capacity how many clients, pending codes and used codes may be held, each */
    OAuthRoutes(Supplier<String> baseUrl, AccessTokens tokens, Clock clock, int capacity) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.clock = clock;
        this.clients = new ExpiringMap<>(capacity, clock);
        this.codes = new ExpiringMap<>(capacity, clock);
        this.usedCodes = new ExpiringMap<>(capacity, clock);
    }

    StateCounts counts() {
        return new StateCounts(clients.size(), codes.size(), usedCodes.size(), tokens.issuedCount());
    }

    void register(Javalin app) {
        app.get(METADATA, this::metadata);
        app.post(REGISTER, this::registerClient);
        app.get(AUTHORIZE, this::authorize);
        app.post(TOKEN, this::token);
        app.post(REVOKE, this::revoke);
        app.post(INTROSPECT, this::introspect);
        app.get(USERINFO, this::userinfo);
    }

    private void metadata(Context ctx) {
        String base = baseUrl.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", base);
        m.put("authorization_endpoint", base + AUTHORIZE);
        m.put("token_endpoint", base + TOKEN);
        m.put("registration_endpoint", base + REGISTER);
        m.put("revocation_endpoint", base + REVOKE);
        m.put("introspection_endpoint", base + INTROSPECT);
        m.put("userinfo_endpoint", base + USERINFO);
        m.put("response_types_supported", List.of("code"));
        m.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("token_endpoint_auth_methods_supported", List.of("none"));
        m.put("revocation_endpoint_auth_methods_supported", List.of("none"));
        m.put("introspection_endpoint_auth_methods_supported", List.of("none"));
        m.put("scopes_supported", List.of("read", "write"));
        ctx.json(m);
    }

    private void registerClient(Context ctx) {
        JsonNode body;
        try {
            body = WireJson.mapper().readTree(ctx.bodyInputStream());
        } catch (java.io.IOException e) {
            if (!(e instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
                throw SandboxError.bodyUnreadable(e);
            }
            oauthError(ctx, 400, "invalid_client_metadata", "The body must be JSON client metadata");
            return;
        }
        if (body == null || !body.isObject()) {
            oauthError(ctx, 400, "invalid_client_metadata", "The body must be a JSON object");
            return;
        }
        List<String> redirects = new ArrayList<>();
        body.path("redirect_uris").forEach(n -> redirects.add(n.asText()));
        if (redirects.isEmpty() || redirects.size() > MAX_REDIRECT_URIS) {
            oauthError(ctx, 400, "invalid_redirect_uri",
                    "redirect_uris must list 1 to " + MAX_REDIRECT_URIS + " URIs");
            return;
        }
        for (String uri : redirects) {
            if (!OAuthRedirects.valid(uri)) {
                oauthError(ctx, 400, "invalid_redirect_uri", "Not an https URI or an http URI on a loopback host: "
                        + ErrorJson.clip(uri, 100));
                return;
            }
        }
        String name = body.path("client_name").asText("Unnamed client");
        if (name.length() > MAX_NAME_LENGTH) {
            oauthError(ctx, 400, "invalid_client_metadata", "client_name is longer than " + MAX_NAME_LENGTH
                    + " characters");
            return;
        }
        String clientID = "sandbox-client-" + AccessTokens.generate().substring(0, 16);
        Instant now = clock.instant();
        clients.put(clientID, new Client(clientID, name, List.copyOf(redirects), now), now.plusSeconds(CLIENT_SECONDS));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("client_id", clientID);
        response.put("client_id_issued_at", now.getEpochSecond());
        response.put("client_name", name);
        response.put("redirect_uris", redirects);
        response.put("grant_types", List.of("authorization_code", "refresh_token"));
        response.put("response_types", List.of("code"));
        response.put("token_endpoint_auth_method", "none");
        ctx.status(201).json(response);
    }

    private void authorize(Context ctx) {
        Client client = clients.get(String.valueOf(ctx.queryParam("client_id"))).orElse(null);
        String redirect = ctx.queryParam("redirect_uri");
        // Without a known client and one of its redirect URIs there is nowhere safe to redirect to.
        if (client == null) {
            oauthError(ctx, 400, "invalid_client", "Unknown client_id; register the client first");
            return;
        }
        if (redirect == null && client.redirectURIs().size() == 1) {
            redirect = client.redirectURIs().get(0);
        }
        if (redirect == null || !client.redirectURIs().contains(redirect)) {
            oauthError(ctx, 400, "invalid_request", "redirect_uri is missing or not registered for this client");
            return;
        }
        String state = ctx.queryParam("state");
        if (!"code".equals(ctx.queryParam("response_type"))) {
            OAuthRedirects.send(ctx, redirect, Map.of("error", "unsupported_response_type"), state);
            return;
        }
        String challenge = ctx.queryParam("code_challenge");
        if (challenge == null || challenge.isBlank() || !"S256".equals(ctx.queryParam("code_challenge_method"))) {
            OAuthRedirects.send(ctx, redirect, Map.of("error", "invalid_request", "error_description",
                    "PKCE is required: code_challenge with code_challenge_method=S256"), state);
            return;
        }
        String scope = ctx.queryParam("scope");
        String code = AccessTokens.generate();
        Instant expiresAt = clock.instant().plusSeconds(CODE_SECONDS);
        codes.put(code, new PendingCode(client.clientID(), redirect, challenge,
                scope == null || scope.isBlank() ? DEFAULT_SCOPE : scope, expiresAt), expiresAt);
        OAuthRedirects.send(ctx, redirect, Map.of("code", code), state);
    }

    private void token(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String grantType = ctx.formParam("grant_type");
        if ("authorization_code".equals(grantType)) {
            exchangeCode(ctx);
        } else if ("refresh_token".equals(grantType)) {
            refresh(ctx);
        } else {
            oauthError(ctx, 400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
        }
    }

    private void exchangeCode(Context ctx) {
        String code = ctx.formParam("code");
        String clientID = ctx.formParam("client_id");
        String redirect = ctx.formParam("redirect_uri");
        if (code == null || clientID == null || redirect == null) {
            oauthError(ctx, 400, "invalid_request", "code, client_id and redirect_uri are required");
            return;
        }
        PendingCode pending = codes.remove(code).orElse(null);
        if (pending == null) {
            // RFC 6749 10.5: a code presented twice may have been stolen; what it issued goes too.
            usedCodes.remove(code).ifPresent(tokens::revokeFamily);
            oauthError(ctx, 400, "invalid_grant", "The authorization code is unknown, used or expired");
            return;
        }
        if (!clientID.equals(pending.clientID())) {
            oauthError(ctx, 400, "invalid_grant", "The code was issued to another client");
            return;
        }
        if (!redirect.equals(pending.redirectURI())) {
            oauthError(ctx, 400, "invalid_grant", "redirect_uri does not match the authorization request");
            return;
        }
        String verifier = ctx.formParam("code_verifier");
        if (verifier == null || !s256(verifier).equals(pending.challenge())) {
            oauthError(ctx, 400, "invalid_grant", "code_verifier does not match the code_challenge");
            return;
        }
        String family = AccessTokens.generate();
        usedCodes.put(code, family, clock.instant().plusSeconds(USED_CODE_SECONDS));
        issueTokens(ctx, pending.clientID(), pending.scope(), family);
    }

    private void refresh(Context ctx) {
        String refreshToken = ctx.formParam("refresh_token");
        var grant = tokens.active(refreshToken).filter(g -> "refresh_token".equals(g.tokenType()));
        if (grant.isEmpty()) {
            oauthError(ctx, 400, "invalid_grant", "The refresh token is unknown, revoked or expired");
            return;
        }
        tokens.revoke(refreshToken);
        issueTokens(ctx, grant.get().clientID(), grant.get().scope(), grant.get().family());
    }

    private void issueTokens(Context ctx, String clientID, String scope, String family) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", tokens.issue(clientID, scope, ACCESS_TOKEN_SECONDS, "access_token", family));
        response.put("token_type", "Bearer");
        response.put("expires_in", ACCESS_TOKEN_SECONDS);
        response.put("refresh_token", tokens.issue(clientID, scope, REFRESH_TOKEN_SECONDS, "refresh_token", family));
        response.put("scope", scope);
        ctx.json(response);
    }

    private void revoke(Context ctx) {
        String token = ctx.formParam("token");
        if (token == null) {
            oauthError(ctx, 400, "invalid_request", "token is required");
            return;
        }
        // RFC 7009: an unknown token is not an error, the answer is 200 either way.
        tokens.revoke(token);
        ctx.status(200).json(Map.of());
    }

    private void introspect(Context ctx) {
        String token = ctx.formParam("token");
        Map<String, Object> response = new LinkedHashMap<>();
        if (token != null && token.equals(tokens.staticToken())) {
            response.put("active", true);
            response.put("client_id", "sandbox");
            response.put("scope", DEFAULT_SCOPE);
            response.put("token_type", "Bearer");
            response.put("sub", "sandbox-user");
        } else {
            var grant = tokens.active(token);
            if (grant.isEmpty()) {
                ctx.json(Map.of("active", false));
                return;
            }
            response.put("active", true);
            response.put("client_id", grant.get().clientID());
            response.put("scope", grant.get().scope());
            response.put("token_type", grant.get().tokenType().equals("access_token") ? "Bearer" : "refresh_token");
            response.put("iat", grant.get().issuedAt().getEpochSecond());
            response.put("exp", grant.get().expiresAt().getEpochSecond());
            response.put("sub", "sandbox-user");
        }
        ctx.json(response);
    }

    private void userinfo(Context ctx) {
        String token = AuthGuard.bearer(ctx);
        if (!tokens.accepts(token)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            oauthError(ctx, 401, "invalid_token", "A valid access token is required");
            return;
        }
        ctx.json(Map.of("sub", "sandbox-user", "name", "Sam Sandbox", "email", "sam@example.com"));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void oauthError(Context ctx, int status, String error, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("code", error.toUpperCase(java.util.Locale.ROOT));
        body.put("message", description);
        ctx.status(status).json(body);
    }
}
