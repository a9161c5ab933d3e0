package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.Sender;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Rows made by a real send with a known token: nothing copied or exported from them holds it. */
class CopiesNeverCarryTheTokenTest {
    private static final String TOKEN = "known-secret-9f3a7c";

    @Test
    void exportsAndCurlOfRealRowsDoNotContainTheToken() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json(200, "{\"chatID\":\"!c:x\",\"pendingMessageID\":\"p1\"}"));
            server.enqueue(json(401, "{\"code\":\"UNAUTHORIZED\",\"message\":\"bad token\"}"));
            ClientConfig config = ClientConfig.of("http://127.0.0.1:" + server.getPort(), AccessToken.of(TOKEN))
                    .withRetries(0, Duration.ofMillis(1));
            InMemorySendLog log = new InMemorySendLog();
            Sender sender = new Sender(new BeeperClient(config), log, Clock.systemUTC(), Runnable::run,
                    () -> ConnectionRef.desktop(config.baseUri()));
            ChatSummary chat = new ChatSummary("!c:x", null, "Team", "matrix", false, false, null);

            sender.send(Draft.EMPTY.withChat(chat).withText("hello"), null).get(5, TimeUnit.SECONDS);
            SendRecord withAttachment = log.add(SendRecord.sending(Instant.now(), "!c:x", "Team", "hello", null,
                    "a.png", "up-1", "{\"text\":\"hello\",\"attachment\":{\"uploadID\":\"up-1\"}}")
                    .settled(SendState.REJECTED, null, "no", Instant.now()));
            sender.retry(withAttachment).handle((r, e) -> r).get(5, TimeUnit.SECONDS);
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);

            List<SendRecord> rows = log.all();
            assertThat(rows).hasSize(3);
            for (ExportFormat format : ExportFormat.values()) {
                StringWriter out = new StringWriter();
                format.write(rows, out);
                assertThat(out.toString()).contains("hello").doesNotContain(TOKEN);
            }
            for (SendRecord row : rows) {
                assertThat(CurlCommand.of(row, config.baseUri())).contains("$BEEPER_ACCESS_TOKEN")
                        .doesNotContain(TOKEN);
                assertThat(row.toString()).doesNotContain(TOKEN);
            }
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
