package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OutgoingAttachment;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact requests of a draft save that meets a draft in the way, and of opening in Beeper. */
class DraftSyncWireTest {
    private static final String CHAT_JSON = "{\"id\":\"!c:x\",\"accountID\":\"a\",\"network\":\"n\",\"type\":\"single\"}";
    private MockWebServer server;
    private DraftSync sync;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        sync = new DraftSync(new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")).withRetries(0, Duration.ofMillis(1))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aConflictClearsTheDraftThenSetsItAgain() throws Exception {
        respond(409, "{\"code\":\"DRAFT_NOT_EMPTY\",\"message\":\"The chat already has a draft\"}");
        respond(200, CHAT_JSON);
        respond(200, CHAT_JSON);

        sync.save("!c:x", "hi", new OutgoingAttachment("up1", "a.png", null, null, null, null))
                .get(5, TimeUnit.SECONDS);

        String draft = "{\"draft\":{\"text\":\"hi\",\"attachments\":{\"up1\":{\"uploadID\":\"up1\",\"id\":\"up1\","
                + "\"fileName\":\"a.png\"}}}}";
        assertThat(take()).satisfies(r -> assertThat(r.getMethod() + " " + r.getTarget() + " " + r.getBody().utf8())
                .isEqualTo("PATCH /v1/chats/!c:x " + draft));
        assertThat(take().getBody().utf8()).isEqualTo("{\"draft\":null}");
        assertThat(take().getBody().utf8()).isEqualTo(draft);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aServerThatReplacesDraftsGetsOneRequest() throws Exception {
        respond(200, CHAT_JSON);
        sync.save("!c:x", "hi", null).get(5, TimeUnit.SECONDS);
        assertThat(take().getBody().utf8()).isEqualTo("{\"draft\":{\"text\":\"hi\"}}");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void openInBeeperSendsChatReplyTextAndFile() throws Exception {
        respond(200, "{\"success\":true}");
        assertThat(sync.open("!c:x", "m1", "**hi**", "/tmp/a b.png").get(5, TimeUnit.SECONDS)).isTrue();
        RecordedRequest request = take();
        assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v1/focus");
        assertThat(request.getBody().utf8()).isEqualTo("{\"chatID\":\"!c:x\",\"messageID\":\"m1\","
                + "\"draftText\":\"**hi**\",\"draftAttachmentPath\":\"/tmp/a b.png\"}");
    }

    private void respond(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request arrived").isNotNull();
        return request;
    }
}
