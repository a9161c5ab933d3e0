package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.sandbox.ConfirmStyle;
import com.beepercomposer.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rows settle whichever way the server turns a pending message final, by socket and by polling alone. */
class PendingResolverConfirmStyleTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;
    private static final PendingResolver.Polling FAST_POLLING =
            new PendingResolver.Polling(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(1));
    private static final PendingResolver.Polling NO_POLLING =
            new PendingResolver.Polling(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final EventStream.Backoff QUICK = new EventStream.Backoff(Duration.ofMillis(20),
            Duration.ofMillis(100));
    private static final EventStream.Backoff NEVER = new EventStream.Backoff(Duration.ofMinutes(5),
            Duration.ofMinutes(5));

    private SandboxServer sandbox;
    private PendingResolver resolver;

    @AfterEach
    void stop() {
        if (resolver != null) {
            resolver.close();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(ConfirmStyle.class)
    void theSocketSettlesTheRow(ConfirmStyle style) throws Exception {
        settles(style, NO_POLLING, QUICK, true);
    }

    @ParameterizedTest
    @EnumSource(ConfirmStyle.class)
    void pollingAloneSettlesTheRow(ConfirmStyle style) throws Exception {
        settles(style, FAST_POLLING, NEVER, false);
    }

    private void settles(ConfirmStyle style, PendingResolver.Polling polling, EventStream.Backoff backoff,
                         boolean socket) throws Exception {
        sandbox = SandboxServer.builder().confirmDelay(Duration.ofMillis(200)).confirmStyle(style).build().start();
        BeeperClient client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        InMemorySendLog log = new InMemorySendLog();
        ConnectionRef via = ConnectionRef.sandbox(client.config().baseUri());
        resolver = new PendingResolver(client, via, log, Clock.systemUTC(), polling, backoff);
        resolver.start();
        waitFor(10, TimeUnit.SECONDS, () -> sandbox.socketCount() == 1);
        if (!socket) {
            sandbox.faults().dropSocketsNow();
            waitFor(10, TimeUnit.SECONDS, () -> sandbox.socketCount() == 0);
        }

        SendRecord row = log.add(SendRecord.sending(Clock.systemUTC().instant(), CHAT, "t", style.option(), null,
                null, null, "{}").withConnection(via));
        SendResult result = client.send(CHAT, SendMessage.text(style.option())).get(10, TimeUnit.SECONDS);
        SendRecord pending = row.pending(result.pendingMessageID(), result.chatID(), Clock.systemUTC().instant());
        log.update(pending);

        waitFor(10, TimeUnit.SECONDS, () -> state(log, row.id()) == SendState.SENT);
        SendRecord sent = log.all().stream().filter(r -> r.id() == row.id()).findFirst().orElseThrow();
        if (style == ConfirmStyle.KEEP_ID) {
            // The resolver records a final ID only when it differs from the pending one.
            assertThat(sent.finalMessageID()).isIn(null, result.pendingMessageID());
            assertThat(sent.finalMessageJson()).contains(result.pendingMessageID(), "SUCCESS");
        } else {
            assertThat(sent.finalMessageID()).isNotBlank().isNotEqualTo(result.pendingMessageID());
        }
    }

    private static SendState state(SendLog log, long id) {
        return log.all().stream().filter(r -> r.id() == id).findFirst().orElseThrow().state();
    }
}
