package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** How failures map to {@link ApiException}, and which calls are repeated. */
class BeeperClientErrorTest extends MockServerTestBase {

    @Test
    void validationIssuesKeepTheirPaths() throws Exception {
        enqueueJson(400, "{\"code\":\"VALIDATION_ERROR\",\"message\":\"Invalid request\",\"details\":{\"issues\":["
                + "{\"code\":\"invalid_type\",\"message\":\"Both width and height are required\","
                + "\"path\":[\"attachment\",\"size\",\"height\"]},{\"code\":\"custom\",\"message\":\"m\",\"path\":[0]}]}}");

        ApiException error = failure(client.send("c", SendMessage.text("x")));

        assertThat(error.kind()).isEqualTo(ApiException.Kind.HTTP);
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).contains("VALIDATION_ERROR");
        assertThat(error.serverMessage()).contains("Invalid request");
        assertThat(error.issues()).extracting(ValidationIssue::field).containsExactly("attachment.size.height", "0");
        assertThat(error.issues().get(0).message()).isEqualTo("Both width and height are required");
        assertThat(error.getMessage()).contains("400").contains("Invalid request").contains("POST /v1/chats/c/messages");
    }

    @Test
    void unauthorizedNeverEchoesTheToken() throws Exception {
        enqueueJson(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid access token\"}");

        ApiException error = failure(client.accounts());

        assertThat(error.status()).isEqualTo(401);
        assertThat(error.code()).contains("UNAUTHORIZED");
        assertThat(error.getMessage()).doesNotContain(TOKEN);
        assertThat(error.toString()).doesNotContain(TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void notFoundIsNotRetried() throws Exception {
        enqueueJson(404, "{\"code\":\"NOT_FOUND\",\"message\":\"Chat not found\"}");

        ApiException error = failure(client.chat("nope"));

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.serverMessage()).contains("Chat not found");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void olderServersPutTheTextInError() throws Exception {
        enqueueJson(403, "{\"code\":\"FORBIDDEN\",\"error\":\"Chat is read-only\"}");

        ApiException error = failure(client.send("c", SendMessage.text("x")));

        assertThat(error.serverMessage()).contains("Chat is read-only");
    }

    @Test
    void tooManyRequestsCarriesRetryAfterAndIsRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
                .body("{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").build());
        enqueueJson(200, "[]");

        assertThat(await(client.accounts())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);

        BeeperClient noRetries = new BeeperClient(config(0));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7")
                .body("{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}").build());
        ApiException error = failure(noRetries.accounts());
        assertThat(error.status()).isEqualTo(429);
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void serverErrorsAreRetriedForReadsOnly() throws Exception {
        enqueueJson(500, "{\"code\":\"INTERNAL\",\"message\":\"boom\"}");
        enqueueJson(200, "[]");
        assertThat(await(client.accounts())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);

        enqueueJson(500, "{\"code\":\"INTERNAL\",\"message\":\"boom\"}");
        enqueueJson(200, "{\"chatID\":\"c\",\"pendingMessageID\":\"p\"}");
        ApiException error = failure(client.send("c", SendMessage.text("once")));
        assertThat(error.status()).isEqualTo(500);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void readsGiveUpAfterTheRetryBudget() throws Exception {
        for (int i = 0; i < 3; i++) {
            enqueueJson(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"later\"}");
        }

        ApiException error = failure(client.accounts());

        assertThat(error.status()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aBodyThatIsNotJsonKeepsStatusAndFirstBytes() throws Exception {
        BeeperClient noRetries = new BeeperClient(config(0));
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><body>Bad Gateway from proxy</body></html>").build());

        ApiException error = failure(noRetries.accounts());

        assertThat(error.kind()).isEqualTo(ApiException.Kind.NOT_JSON);
        assertThat(error.status()).isEqualTo(502);
        assertThat(error.bodySnippet()).contains("<html><body>Bad Gateway from proxy</body></html>");
        assertThat(error.getMessage()).contains("502").contains("Bad Gateway from proxy");
    }

    @Test
    void aSuccessThatIsNotJsonIsAnError() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("OK").build());

        ApiException error = failure(client.info());

        assertThat(error.kind()).isEqualTo(ApiException.Kind.NOT_JSON);
        assertThat(error.bodySnippet()).contains("OK");
    }

    @Test
    void refusedConnectionIsItsOwnKind() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        BeeperClient nowhere = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + port, AccessToken.of(TOKEN))
                .withRetries(1, Duration.ofMillis(10)));

        ApiException error = failure(nowhere.accounts());

        assertThat(error.kind()).isEqualTo(ApiException.Kind.CONNECTION_REFUSED);
        assertThat(error.outcomeUnknown()).isFalse();
        assertThat(error.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void aSlowAnswerTimesOut() throws Exception {
        BeeperClient impatient = new BeeperClient(config(0).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("[]").build());

        ApiException error = failure(impatient.accounts());

        assertThat(error.kind()).isEqualTo(ApiException.Kind.TIMEOUT);
    }

    @Test
    void aSendWhoseAnswerNeverCameIsUncertainAndNotRepeated() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        enqueueJson(200, "{\"chatID\":\"c\",\"pendingMessageID\":\"p\"}");

        ApiException error = failure(client.send("c", SendMessage.text("hello")));

        assertThat(error.outcomeUnknown()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertThat(HttpTransport.parseRetryAfter("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(HttpTransport.parseRetryAfter("1.5")).isEqualTo(Duration.ofMillis(1500));
        assertThat(HttpTransport.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(HttpTransport.parseRetryAfter("soon")).isNull();
    }
}
