package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The OAuth calls on the wire, byte for byte, and the 401 hook. */
class OAuthClientTest extends MockServerTestBase {
    private final OAuthClient oauth = new OAuthClient();

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    @Test
    void discoveryTakesTheMetadataDocumentAndFillsGapsFromInfo() throws Exception {
        enqueueJson(200, "{\"app\":{\"name\":\"Beeper Desktop\",\"version\":\"4.1.2\"},\"endpoints\":{\"oauth\":{"
                + "\"authorization_endpoint\":\"http://x/info-authorize\",\"token_endpoint\":\"http://x/info-token\","
                + "\"revocation_endpoint\":\"http://x/info-revoke\"}}}");
        enqueueJson(200, "{\"authorization_endpoint\":\"http://x/authorize\",\"token_endpoint\":\"http://x/token\","
                + "\"registration_endpoint\":\"http://x/register\"}");

        OAuthDiscovery found = await(oauth.discover(at("")));

        assertThat(found.serverName()).isEqualTo("Beeper Desktop 4.1.2");
        assertThat(found.metadata().authorization_endpoint()).isEqualTo("http://x/authorize");
        assertThat(found.metadata().registration_endpoint()).isEqualTo("http://x/register");
        assertThat(found.metadata().revocation_endpoint()).isEqualTo("http://x/info-revoke");
        RecordedRequest info = take();
        RecordedRequest metadata = take();
        assertThat(info.getTarget()).isEqualTo("/v1/info");
        assertThat(info.getHeaders().get("Authorization")).isNull();
        assertThat(metadata.getTarget()).isEqualTo("/.well-known/oauth-authorization-server");
    }

    @Test
    void registrationIsAPublicClientWithOneLoopbackRedirect() throws Exception {
        enqueueJson(201, "{\"client_id\":\"c-1\"}");

        String clientID = await(oauth.register(at("/oauth/register"), "Beeper Composer",
                "http://127.0.0.1:5000/callback"));

        assertThat(clientID).isEqualTo("c-1");
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{\"client_name\":\"Beeper Composer\","
                + "\"redirect_uris\":[\"http://127.0.0.1:5000/callback\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"response_types\":[\"code\"],"
                + "\"token_endpoint_auth_method\":\"none\"}");
    }

    @Test
    void theCodeIsExchangedWithItsVerifierClientAndRedirect() throws Exception {
        enqueueJson(200, "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"refresh_token\":\"rt-1\",\"scope\":\"read write\"}");

        OAuthTokens tokens = await(oauth.exchange(at("/oauth/token"), "the code", "c-1",
                "http://127.0.0.1:5000/callback", "verifier-1"));

        assertThat(tokens.accessToken().reveal()).isEqualTo("at-1");
        assertThat(tokens.toString()).doesNotContain("at-1", "rt-1");
        RecordedRequest request = take();
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.getBody().utf8()).isEqualTo("grant_type=authorization_code&code=the+code"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcallback&client_id=c-1&code_verifier=verifier-1");
    }

    @Test
    void revocationPostsTheTokenWithItsClient() throws Exception {
        enqueueJson(200, "{}");

        await(oauth.revoke(at("/oauth/revoke"), AccessToken.of("at-9"), "c-1"));

        assertThat(take().getBody().utf8()).isEqualTo("token=at-9&token_type_hint=access_token&client_id=c-1");
    }

    @Test
    void anOAuthErrorKeepsItsDescription() throws Exception {
        enqueueJson(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The code is used\"}");

        ApiException error = failure(oauth.exchange(at("/oauth/token"), "c", "c-1", "http://127.0.0.1:1/cb", "v"));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.getMessage()).contains("The code is used");
    }

    @Test
    void every401ReachesTheUnauthorizedHook() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        Runnable stop = client.onUnauthorized(heard::incrementAndGet);
        enqueueJson(200, "[]");
        enqueueJson(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"Token expired\"}");

        await(client.accounts());
        assertThat(heard.get()).isZero();
        failure(client.accounts());
        assertThat(heard.get()).isEqualTo(1);

        stop.run();
        enqueueJson(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"Token expired\"}");
        failure(client.accounts());
        assertThat(heard.get()).isEqualTo(1);
    }
}
