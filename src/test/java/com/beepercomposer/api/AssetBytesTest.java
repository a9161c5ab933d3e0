package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * An attachment's bytes: the token goes to the base URL only, whatever the address looks like;
 * another host's answer says nothing about the server; no body larger than the limit is read.
 */
class AssetBytesTest extends MockServerTestBase {
    private static final int LIMIT = 1000;

    @Test
    void aRequestCarryingTheTokenToAWholeAddressIsRefusedBeforeItLeaves() throws Exception {
        HttpTransport transport = new HttpTransport(HttpClient.newHttpClient(), config(0));
        String address = "http://127.0.0.1:" + server.getPort() + "/v1/accounts";
        server.enqueue(new MockResponse.Builder().code(200).body("[]").build());

        ApiException refused = failure(transport.execute(ApiRequest.get(address),
                Json.mapper().getTypeFactory().constructType(byte[].class)));

        assertThat(refused.kind()).isEqualTo(ApiException.Kind.INVALID_REQUEST);
        assertThat(refused.getMessage()).contains("base URL only").doesNotContain(TOKEN);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anAddressLookingLikeTheBaseUrlWithAnotherHostInItIsRefused() throws Exception {
        ApiException refused = failure(client.assetBytes("http://127.0.0.1:" + server.getPort() + ".evil.example/x"));

        assertThat(refused.kind()).isEqualTo(ApiException.Kind.INVALID_REQUEST);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theBaseUrlAsUserInfoBeforeAnotherHostGetsNoToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("picture").build());

        // The host is localhost, not the base URL's 127.0.0.1: the same server, reached as another host.
        byte[] got = await(client.assetBytes("http://127.0.0.1:" + server.getPort() + "@localhost:"
                + server.getPort() + "/x.png"));

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("GET /x.png HTTP/1.1");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(got).containsExactly("picture".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theServerVersionComesFromTheBaseUrlOnly() throws Exception {
        String elsewhere = "http://localhost:" + server.getPort() + "/x.png";
        server.enqueue(new MockResponse.Builder().code(200).addHeader(HttpTransport.VERSION_HEADER, "9.9.9")
                .body("p").build());
        await(client.assetBytes(elsewhere));
        assertThat(client.serverVersion()).isEmpty();

        server.enqueue(new MockResponse.Builder().code(200).addHeader(HttpTransport.VERSION_HEADER, "4.2.1")
                .addHeader("Content-Type", "application/json").body("[]").build());
        await(client.accounts());
        server.enqueue(new MockResponse.Builder().code(200).addHeader(HttpTransport.VERSION_HEADER, "9.9.9")
                .body("p").build());
        await(client.assetBytes(elsewhere));

        assertThat(client.serverVersion()).contains("4.2.1");
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedUnreadAndNotFetchedAgain() throws Exception {
        client = new BeeperClient(config(2).withMaxAssetBytes(LIMIT));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/webp")
                .body(new Buffer().write(new byte[LIMIT + 1])).build());

        ApiException refused = failure(client.assetBytes(client.config().baseUri() + "/v1/assets/serve?url=x"));

        assertThat(refused.kind()).isEqualTo(ApiException.Kind.TOO_LARGE);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.getMessage()).contains("larger than the 1000 bytes").doesNotContain(TOKEN);
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        // A retry would have come before the failure.
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aBodyWithoutLengthThatGrowsPastTheLimitIsCutOff() throws Exception {
        client = new BeeperClient(config(2).withMaxAssetBytes(LIMIT));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/webp")
                .chunkedBody(new Buffer().write(new byte[LIMIT * 20]), 100).build());

        ApiException refused = failure(client.assetBytes("http://localhost:" + server.getPort() + "/big.webp"));

        assertThat(refused.kind()).isEqualTo(ApiException.Kind.TOO_LARGE);
        assertThat(take().getRequestLine()).isEqualTo("GET /big.webp HTTP/1.1");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aBodyUpToTheLimitComesWhole() throws Exception {
        client = new BeeperClient(config(2).withMaxAssetBytes(LIMIT));
        byte[] picture = new byte[LIMIT];
        picture[LIMIT - 1] = 7;
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(picture), 100).build());

        assertThat(await(client.assetBytes("http://localhost:" + server.getPort() + "/fits.png")))
                .containsExactly(picture);
    }
}
