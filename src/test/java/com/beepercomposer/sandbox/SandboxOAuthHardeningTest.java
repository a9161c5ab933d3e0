package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.OAuthDriver.REDIRECT;
import static com.beepercomposer.sandbox.OAuthDriver.VERIFIER;
import static com.beepercomposer.sandbox.OAuthDriver.json;
import static com.beepercomposer.sandbox.OAuthDriver.oauthError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OAuth rules a hostile page or a stolen code runs into. */
class SandboxOAuthHardeningTest {
    private static SandboxServer server;
    private static OAuthDriver oauth;

    @BeforeAll
    static void start() {
        server = SandboxFixture.start(SandboxServer.builder());
        oauth = new OAuthDriver(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JavaScript://%0aalert(1)", "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "ftp://127.0.0.1/cb",
            "http://evil.example/cb", "http://127.0.0.1.evil.example/cb", "https://app.example/cb#fragment",
            "https://user:pw@app.example/cb", "/relative/callback", "https:///no-host", "not a uri at all",
            "com.example.app:/callback"})
    void refusesRedirectsThatCouldRunScriptOrLeakTheCode(String redirect) throws Exception {
        int before = server.oauthState().clients();
        oauthError(oauth.register(redirect), 400, "invalid_redirect_uri");
        assertThat(server.oauthState().clients()).as("nothing registered for %s", redirect).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:51789/callback", "http://localhost/cb", "http://[::1]:8080/cb",
            "http://127.0.0.2/cb", "https://app.example/oauth/callback?x=1", "HTTPS://APP.EXAMPLE/CB"})
    void acceptsHttpsAndLoopbackHttpRedirects(String redirect) throws Exception {
        assertThat(json(oauth.register(redirect), 201).path("client_id").asText()).isNotBlank();
    }

    @Test
    void theExchangeRequiresClientIDAndRedirectURI() throws Exception {
        String clientID = oauth.registerClient();
        String code = oauth.code(clientID);
        oauthError(oauth.exchange(Map.of("code", code, "redirect_uri", REDIRECT, "code_verifier", VERIFIER)),
                400, "invalid_request");
        oauthError(oauth.exchange(Map.of("code", code, "client_id", clientID, "code_verifier", VERIFIER)),
                400, "invalid_request");
        // Neither attempt used the code up: with both parameters it is still good.
        JsonNode tokens = json(oauth.exchange(clientID, code), 200);
        assertThat(oauth.apiStatus(tokens.path("access_token").asText())).isEqualTo(200);
    }

    @Test
    void theExchangeRefusesAnotherClientOrRedirect() throws Exception {
        String clientID = oauth.registerClient();
        String other = oauth.registerClient();
        oauthError(oauth.exchange(Map.of("code", oauth.code(clientID), "client_id", other, "redirect_uri", REDIRECT,
                "code_verifier", VERIFIER)), 400, "invalid_grant");
        oauthError(oauth.exchange(Map.of("code", oauth.code(clientID), "client_id", clientID,
                "redirect_uri", "http://127.0.0.1:1/elsewhere", "code_verifier", VERIFIER)), 400, "invalid_grant");
    }

    @Test
    void aReusedCodeRevokesEveryTokenItIssued() throws Exception {
        String clientID = oauth.registerClient();
        String code = oauth.code(clientID);
        JsonNode first = json(oauth.exchange(clientID, code), 200);
        String access = first.path("access_token").asText();
        JsonNode refreshed = json(oauth.refresh(first.path("refresh_token").asText()), 200);
        String refreshedAccess = refreshed.path("access_token").asText();
        assertThat(oauth.apiStatus(access)).isEqualTo(200);
        assertThat(oauth.apiStatus(refreshedAccess)).isEqualTo(200);

        oauthError(oauth.exchange(clientID, code), 400, "invalid_grant");

        assertThat(oauth.apiStatus(access)).isEqualTo(401);
        assertThat(oauth.apiStatus(refreshedAccess)).isEqualTo(401);
        oauthError(oauth.refresh(refreshed.path("refresh_token").asText()), 400, "invalid_grant");
    }

    @Test
    void aReplayDoesNotTouchTokensFromOtherCodes() throws Exception {
        String clientID = oauth.registerClient();
        String replayed = oauth.code(clientID);
        json(oauth.exchange(clientID, replayed), 200);
        String other = json(oauth.exchange(clientID, oauth.code(clientID)), 200).path("access_token").asText();

        oauthError(oauth.exchange(clientID, replayed), 400, "invalid_grant");

        assertThat(oauth.apiStatus(other)).isEqualTo(200);
        assertThat(oauth.apiStatus(server.token())).isEqualTo(200);
    }

    @Test
    void registrationSizeIsBounded() throws Exception {
        String[] eleven = new String[OAuthRoutes.MAX_REDIRECT_URIS + 1];
        java.util.Arrays.fill(eleven, REDIRECT);
        oauthError(oauth.register(eleven), 400, "invalid_redirect_uri");
        oauthError(oauth.register("https://app.example/" + "p".repeat(OAuthRedirects.MAX_URI_LENGTH)), 400,
                "invalid_redirect_uri");
        oauthError(oauth.registerJson("{\"client_name\":\"" + "n".repeat(OAuthRoutes.MAX_NAME_LENGTH + 1)
                + "\",\"redirect_uris\":[\"" + REDIRECT + "\"]}"), 400, "invalid_client_metadata");
    }
}
