package com.beepercomposer.settings;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OAuthClient;
import com.beepercomposer.api.OAuthDiscovery;
import com.beepercomposer.api.OAuthMetadata;
import com.beepercomposer.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * "Sign in with Beeper Desktop": OAuth 2.0 authorization code with PKCE (S256) for a public
 * client. Discovers the endpoints, registers this app with a loopback redirect, opens the
 * person's browser on the authorization page, waits (up to a limit) for the browser to come
 * back with the code, exchanges it and asks who signed in. Nothing here blocks the caller.
 */
public final class DesktopSignIn {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    static final String CLIENT_NAME = "Beeper Composer";
    static final String SCOPE = "read write";

    private final OAuthClient oauth;
    private final BrowserOpener browser;
    private final Duration timeout;

    public DesktopSignIn(OAuthClient oauth, BrowserOpener browser, Duration timeout) {
        this.oauth = oauth;
        this.browser = browser;
        this.timeout = timeout;
    }

    /** Cancelling the returned future stops listening for the browser. */
    public CompletableFuture<SignedIn> signIn(String baseUrl) {
        return signIn(baseUrl, page -> { });
    }

    /**
     * As {@link #signIn(String)}; {@code shown} also gets the authorization page, so the app can
     * offer it as a link where no browser opens (it holds no secret: the verifier stays here).
     */
    public CompletableFuture<SignedIn> signIn(String baseUrl, java.util.function.Consumer<URI> shown) {
        URI base = ClientConfig.parseBaseUrl(baseUrl);
        Pkce pkce = Pkce.create();
        LoopbackRedirect redirect;
        try {
            redirect = LoopbackRedirect.open(pkce.state());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UncheckedIOException("No loopback port to listen on", e));
        }
        CompletableFuture<SignedIn> result = oauth.discover(base).thenCompose(found -> {
            OAuthMetadata m = found.metadata();
            if (m.registration_endpoint() == null) {
                throw new SignInException(Texts.get("signIn.noRegistration"));
            }
            return oauth.register(URI.create(m.registration_endpoint()), CLIENT_NAME, redirect.uri())
                    .thenCompose(clientID -> {
                        URI page = authorizationUri(m, clientID, redirect.uri(), pkce);
                        shown.accept(page);
                        browser.open(page);
                        return redirect.code()
                                .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                                .exceptionally(error -> {
                                    if (error instanceof TimeoutException) {
                                        throw new SignInException(Texts.get("signIn.timeout",
                                                describe(timeout)));
                                    }
                                    throw error instanceof RuntimeException r ? r
                                            : new java.util.concurrent.CompletionException(error);
                                })
                                .thenCompose(code -> oauth.exchange(URI.create(m.token_endpoint()), code, clientID,
                                        redirect.uri(), pkce.verifier()))
                                .thenCompose(tokens -> whoSignedIn(m, tokens.accessToken())
                                        .thenApply(user -> new SignedIn(tokens.accessToken(), clientID,
                                                found.serverName(), user)));
                    });
        });
        result.whenComplete((done, error) -> redirect.close());
        return result;
    }

    /** RFC 7009 revocation at the server's revocation endpoint; the token is forgotten here whatever it answers. */
    public CompletableFuture<Void> revoke(String baseUrl, AccessToken token, String clientID) {
        return oauth.discover(ClientConfig.parseBaseUrl(baseUrl)).thenCompose((OAuthDiscovery found) -> {
            String endpoint = found.metadata().revocation_endpoint();
            if (endpoint == null) {
                throw new SignInException(Texts.get("signIn.noRevocation"));
            }
            return oauth.revoke(URI.create(endpoint), token, clientID);
        });
    }

    private CompletableFuture<String> whoSignedIn(OAuthMetadata m, AccessToken token) {
        if (m.userinfo_endpoint() == null) {
            return CompletableFuture.completedFuture(null);
        }
        // Who signed in is shown, not needed: a server that will not say still gave us a token.
        return oauth.userinfo(URI.create(m.userinfo_endpoint()), token)
                .thenApply(user -> user.displayName())
                .exceptionally(unknown -> null);
    }

    static URI authorizationUri(OAuthMetadata m, String clientID, String redirectUri, Pkce pkce) {
        String endpoint = m.authorization_endpoint();
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?")
                + "response_type=code"
                + "&client_id=" + encode(clientID)
                + "&redirect_uri=" + encode(redirectUri)
                + "&scope=" + encode(SCOPE)
                + "&state=" + encode(pkce.state())
                + "&code_challenge=" + encode(pkce.challenge())
                + "&code_challenge_method=S256");
    }

    private static String describe(Duration d) {
        return d.toSeconds() >= 60 && d.toSeconds() % 60 == 0 ? d.toMinutes() + " min"
                : d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
