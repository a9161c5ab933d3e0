package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.sandbox.SendFailure;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pending rows reach their final state over the socket, by polling while it is down, and after a restart. */
class PendingResolverTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;
    /** So slow that a row resolved within the test was resolved by the socket, not by polling. */
    private static final PendingResolver.Polling NO_POLLING =
            new PendingResolver.Polling(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final PendingResolver.Polling FAST_POLLING =
            new PendingResolver.Polling(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(1));
    private static final EventStream.Backoff QUICK_RECONNECT =
            new EventStream.Backoff(Duration.ofMillis(20), Duration.ofMillis(100));
    /** After a drop the socket stays away for the length of the test. */
    private static final EventStream.Backoff NO_RECONNECT =
            new EventStream.Backoff(Duration.ofMinutes(5), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private BeeperClient client;
    private PendingResolver resolver;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(300)).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
    }

    @AfterEach
    void stop() {
        if (resolver != null) {
            resolver.close();
        }
        sandbox.stop();
    }

    /** Sends for real and records the row as Sender would, up to "pending". */
    private SendRecord sendPending(SendLog log, String chat, String text) throws Exception {
        SendRecord row = log.add(SendRecord.sending(Clock.systemUTC().instant(), chat, "t", text, null, null, null,
                "{}").withConnection(via()));
        SendResult result = client.send(chat, SendMessage.text(text)).get(10, TimeUnit.SECONDS);
        SendRecord pending = row.pending(result.pendingMessageID(), result.chatID(), Clock.systemUTC().instant());
        log.update(pending);
        return pending;
    }

    private ConnectionRef via() {
        return ConnectionRef.sandbox(client.config().baseUri());
    }

    private static SendRecord row(SendLog log, long id) {
        return log.all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private void awaitSocket() throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> sandbox.socketCount() == 1);
    }

    @Test
    void theSocketResolvesAPendingRow() throws Exception {
        InMemorySendLog log = new InMemorySendLog();
        resolver = new PendingResolver(client, via(), log, Clock.systemUTC(), NO_POLLING, QUICK_RECONNECT);
        resolver.start();
        awaitSocket();

        SendRecord pending = sendPending(log, CHAT, "over the socket");

        waitFor(10, TimeUnit.SECONDS, () -> row(log, pending.id()).state() == SendState.SENT);
        SendRecord sent = row(log, pending.id());
        assertThat(sent.finalMessageID()).isNotBlank().isNotEqualTo(pending.pendingMessageID());
        assertThat(sent.finalMessageJson()).contains(sent.finalMessageID());
        assertThat(sent.finalAt()).isAfterOrEqualTo(sent.pendingAt());
        assertThat(resolver.following()).isZero();
    }

    @Test
    void pollingResolvesWhileTheSocketIsDown() throws Exception {
        InMemorySendLog log = new InMemorySendLog();
        resolver = new PendingResolver(client, via(), log, Clock.systemUTC(), FAST_POLLING, NO_RECONNECT);
        resolver.start();
        awaitSocket();
        sandbox.faults().dropSocketsNow();
        waitFor(10, TimeUnit.SECONDS, () -> sandbox.socketCount() == 0);

        SendRecord pending = sendPending(log, CHAT, "by polling");

        waitFor(10, TimeUnit.SECONDS, () -> row(log, pending.id()).state() == SendState.SENT);
        assertThat(sandbox.socketCount()).isZero();
    }

    @Test
    void rowsStillPendingAtStartUpAreResolved() throws Exception {
        Path file = dir.resolve("history.sqlite");
        long id;
        try (SqliteSendLog before = SqliteSendLog.open(file)) {
            id = sendPending(before, CHAT, "sent before a restart").id();
        }
        try (SqliteSendLog after = SqliteSendLog.open(file)) {
            resolver = new PendingResolver(client, via(), after, Clock.systemUTC(), NO_POLLING, QUICK_RECONNECT);
            resolver.start();
            waitFor(10, TimeUnit.SECONDS, () -> row(after, id).state() == SendState.SENT);
        }
    }

    @Test
    void aFailedSendKeepsTheServersReason() throws Exception {
        String chat = com.beepercomposer.sandbox.SeedData.ERIN_CHAT_ID;
        sandbox.failSends(chat, SendFailure.permanent("blocked", "The recipient blocked you"));
        InMemorySendLog log = new InMemorySendLog();
        resolver = new PendingResolver(client, via(), log, Clock.systemUTC(), FAST_POLLING, QUICK_RECONNECT);
        resolver.start();

        SendRecord pending = sendPending(log, chat, "hello?");

        waitFor(10, TimeUnit.SECONDS, () -> row(log, pending.id()).state().isSettled());
        assertThat(row(log, pending.id()).state()).isEqualTo(SendState.FAILED_PERMANENT);
        assertThat(row(log, pending.id()).reason()).isEqualTo("The recipient blocked you");
    }

    @Test
    void aRowNeverConfirmedIsGivenUpAsUnknown() throws Exception {
        InMemorySendLog log = new InMemorySendLog();
        SendRecord stale = log.add(SendRecord.sending(Clock.systemUTC().instant().minusSeconds(3600), CHAT, "t",
                "lost", null, null, null, "{}").withConnection(via()));
        log.update(stale.pending("pending-that-never-existed", CHAT, Clock.systemUTC().instant().minusSeconds(3600)));
        // Giving up counts from when this session began following the row, not from the send.
        resolver = new PendingResolver(client, via(), log, Clock.systemUTC(),
                new PendingResolver.Polling(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(500)),
                QUICK_RECONNECT);
        resolver.start();
        waitFor(10, TimeUnit.SECONDS, () -> resolver.following() == 1);
        assertThat(row(log, stale.id()).state()).isEqualTo(SendState.PENDING);

        waitFor(10, TimeUnit.SECONDS, () -> row(log, stale.id()).state() == SendState.UNKNOWN);
        assertThat(row(log, stale.id()).reason()).isEqualTo(PendingResolver.GAVE_UP);
    }

    @Test
    void followsOnlyItsOwnServersRowsAndLeavesTheOthersForTheirs() throws Exception {
        InMemorySendLog log = new InMemorySendLog();
        ConnectionRef elsewhere = ConnectionRef.desktop(java.net.URI.create("http://127.0.0.1:1"));
        SendRecord mine = sendPending(log, CHAT, "sent here");
        SendRecord theirs = sendPending(log, CHAT, "sent elsewhere");
        log.update(theirs = theirs.withConnection(elsewhere));

        resolver = new PendingResolver(client, via(), log, Clock.systemUTC(), FAST_POLLING, QUICK_RECONNECT);
        resolver.start();
        waitFor(10, TimeUnit.SECONDS, () -> row(log, mine.id()).state() == SendState.SENT);
        assertThat(row(log, theirs.id()).state()).isEqualTo(SendState.PENDING);
        assertThat(resolver.following()).isZero();
        resolver.close();
        assertThat(log.subscribers()).as("the closed resolver's subscription").isZero();

        // Switching back to the row's own server picks it up again.
        resolver = new PendingResolver(client, elsewhere, log, Clock.systemUTC(), FAST_POLLING, QUICK_RECONNECT);
        resolver.start();
        long id = theirs.id();
        waitFor(10, TimeUnit.SECONDS, () -> row(log, id).state() == SendState.SENT);
    }

    @Test
    void aResolverClosedBeforeItStartedNeverOpensASocket() throws Exception {
        InMemorySendLog log = new InMemorySendLog();
        sendPending(log, CHAT, "waiting");
        resolver = new PendingResolver(client, via(), log, Clock.systemUTC(), FAST_POLLING, QUICK_RECONNECT);
        resolver.close();
        resolver.start();
        assertThat(resolver.following()).isZero();
        assertThat(log.subscribers()).isZero();
        // A second resolver's socket connects meanwhile; the closed one's would have come as early.
        try (PendingResolver witness = new PendingResolver(client, via(), new InMemorySendLog(), Clock.systemUTC(),
                FAST_POLLING, QUICK_RECONNECT)) {
            witness.start();
            waitFor(10, TimeUnit.SECONDS, () -> sandbox.socketCount() >= 1);
            assertThat(sandbox.socketCount()).isEqualTo(1);
        }
    }
}
