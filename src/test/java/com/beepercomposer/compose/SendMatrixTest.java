package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The variants on the wire, one request each, in order, and the rows they leave. */
class SendMatrixTest {
    private static final ConnectionRef VIA = ConnectionRef.desktop(java.net.URI.create("http://127.0.0.1:9"));
    private static final ChatSummary CHAT = new ChatSummary("!team:x", null, "Team", "matrix", true, false, null);

    private MockWebServer server;
    private InMemorySendLog log;
    private SendMatrix matrix;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        log = new InMemorySendLog();
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")).withRetries(0, java.time.Duration.ofMillis(1)));
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        matrix = new SendMatrix(new Sender(client, log, clock, Runnable::run, () -> VIA), log, clock, Runnable::run);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    @Test
    void eachVariantIsItsOwnRequestInOrderAndARefusalDoesNotStopTheNext() throws Exception {
        answer(200, "{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p1\"}");
        answer(400, "{\"code\":\"invalid\",\"message\":\"not as a file here\"}");
        answer(200, "{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p3\"}");
        List<MatrixVariant> variants = MatrixPlan.expand(Set.of(AttachmentType.IMAGE, AttachmentType.STICKER,
                AttachmentType.FILE), List.of(new AttachmentOverrides(null, "a.gif", "image/gif", "2.5", "64", "32")));

        SendMatrix.Run run = matrix.send(CHAT, "up-1", "photo.png", variants);
        List<SendRecord> rows = run.rows().get(10, TimeUnit.SECONDS);

        assertThat(bodyOf(server.takeRequest())).isEqualTo("{\"attachment\":{\"uploadID\":\"up-1\",\"fileName\":\"a.gif\","
                + "\"mimeType\":\"image/gif\",\"duration\":2.5,\"size\":{\"width\":64,\"height\":32},\"type\":\"image\"}}");
        assertThat(bodyOf(server.takeRequest())).isEqualTo("{\"attachment\":{\"uploadID\":\"up-1\",\"fileName\":\"a.gif\","
                + "\"mimeType\":\"image/gif\",\"duration\":2.5,\"size\":{\"width\":64,\"height\":32},\"type\":\"file\"}}");
        RecordedRequest third = server.takeRequest();
        assertThat(third.getTarget()).isEqualTo("/v1/chats/!team:x/messages");
        assertThat(bodyOf(third)).isEqualTo("{\"attachment\":{\"uploadID\":\"up-1\",\"fileName\":\"a.gif\","
                + "\"mimeType\":\"image/gif\",\"duration\":2.5,\"size\":{\"width\":64,\"height\":32},\"type\":\"sticker\"}}");
        assertThat(server.getRequestCount()).isEqualTo(3);

        assertThat(rows).extracting(SendRecord::state)
                .containsExactly(SendState.PENDING, SendState.REJECTED, SendState.PENDING);
        assertThat(rows).extracting(SendRecord::pendingMessageID).containsExactly("p1", null, "p3");
        assertThat(rows).extracting(SendRecord::group).extracting(SendGroup::id).containsOnly(run.groupID());
        assertThat(rows).extracting(r -> r.group().kind()).containsOnly(SendGroup.Kind.MATRIX);
        assertThat(rows).extracting(r -> r.group().index()).containsExactly(0, 1, 2);
        assertThat(rows).extracting(r -> r.group().size()).containsOnly(3);
        assertThat(rows).extracting(r -> r.group().variant()).containsExactly(
                "image \u00b7 name=a.gif \u00b7 image/gif \u00b7 64\u00d732 \u00b7 2.5 s",
                "file \u00b7 name=a.gif \u00b7 image/gif \u00b7 64\u00d732 \u00b7 2.5 s",
                "sticker \u00b7 name=a.gif \u00b7 image/gif \u00b7 64\u00d732 \u00b7 2.5 s");
        assertThat(rows).extracting(SendRecord::attachmentName).containsOnly("photo.png");
        assertThat(rows.get(1).reason()).contains("not as a file here");
        assertThat(log.all()).hasSize(3);
    }

    private static String bodyOf(RecordedRequest request) {
        return request.getBody().utf8();
    }
}
