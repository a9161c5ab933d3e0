package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Info;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the published description says beyond the SDK types: headers, discovery, upload errors. */
class SandboxPublishedContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SandboxServer server;
    private static BeeperClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = SandboxFixture.start(SandboxServer.builder());
        client = client(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyResponseCarriesTheDesktopVersion() throws Exception {
        for (String path : new String[] {"/v1/info", "/v1/accounts", "/v1/no-such-route",
                "/.well-known/oauth-authorization-server"}) {
            HttpResponse<String> response = get(path, path.equals("/v1/accounts"));
            assertThat(response.headers().firstValue("X-Beeper-Desktop-Version")).as(path)
                    .contains(SandboxServer.DESKTOP_VERSION);
        }
        assertThat(get("/v1/accounts", false).headers().firstValue("X-Beeper-Desktop-Version"))
                .contains(SandboxServer.DESKTOP_VERSION);
    }

    @Test
    void infoListsOnlyWhatIsServed() throws Exception {
        Info info = await(client.info());

        assertThat(get(URI.create(info.endpoints().spec()).getPath(), true).statusCode()).isEqualTo(200);
        JsonNode spec = JSON.readTree(get(URI.create(info.endpoints().spec()).getPath(), true).body());
        assertThat(spec.path("paths").has("/v1/chats/{chatID}/messages/{messageID}")).isTrue();
        assertThat(spec.path("paths").path("/v1/focus").has("post")).isTrue();
        assertThat(info.endpoints().ws_events()).endsWith("/v1/ws");
        assertThat(get(URI.create(info.endpoints().oauth().authorization_endpoint()).getPath(), false)
                .statusCode()).isNotEqualTo(404);
        assertThat(info.server().mcp_enabled()).isFalse();
    }

    @Test
    void aFileTheServerCannotUseIsA200WithAnError() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.png"));

        ApiException multipart = failure(client.upload(empty, null, null, null, null));
        // The client refuses empty base64 content itself, so that one goes raw.
        HttpResponse<String> base64 = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/v1/assets/upload/base64")).header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"\",\"fileName\":\"e.png\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(multipart.status()).isEqualTo(200);
        assertThat(multipart.code()).contains("UPLOAD_FAILED");
        assertThat(multipart.getMessage()).contains("empty");
        assertThat(base64.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(base64.body());
        assertThat(answer.has("uploadID")).isFalse();
        assertThat(answer.path("error").asText()).contains("empty");
    }

    private HttpResponse<String> get(String path, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (withToken) {
            request.header("Authorization", "Bearer " + server.token());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
