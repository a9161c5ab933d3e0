package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Json;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.Page;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends the client gave up on while the server still delivered them, each with a twin of the
 * same text sent normally, and one send that never arrived: every check must name the right
 * message, and the lost one must stay unknown.
 */
class DeliveryCheckUnderTimeoutsTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;
    private static final int SENDS = 60;

    private SandboxServer sandbox;
    private BeeperClient client;
    private InMemorySendLog log;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(20)).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        log = new InMemorySendLog();
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void everyTimedOutSendThatArrivedIsFoundAsItsOwnMessageAndTheLostOneStaysUnknown() throws Exception {
        // The client gives up long before the server, slowed down, takes each send.
        BeeperClient impatient = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token()))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofMillis(150)).withRetries(0, Duration.ofMillis(1)));
        Sender timingOut = new Sender(impatient, log, Clock.systemUTC(), Runnable::run,
                () -> com.beepercomposer.history.ConnectionRef.sandbox(client.config().baseUri()));
        Sender normal = new Sender(client, log, Clock.systemUTC(), Runnable::run,
                () -> com.beepercomposer.history.ConnectionRef.sandbox(client.config().baseUri()));
        Draft draft = Draft.EMPTY.withChat(ChatSummary.of(client.chat(CHAT).get(10, TimeUnit.SECONDS)));

        // Never sent at all; a twin of the same text is.
        SendRecord lost = log.add(SendRecord.sending(Instant.now(), CHAT, "Alice", "note lost", null, null, null,
                "{\"text\":\"note lost\"}"));
        lost = lost.settled(SendState.UNKNOWN, null, "The app stopped before the server answered", Instant.now());
        log.update(lost);

        sandbox.faults().latency(Duration.ofMillis(1500));
        List<CompletableFuture<SendRecord>> unknownSends = new ArrayList<>();
        List<CompletableFuture<SendRecord>> twins = new ArrayList<>();
        twins.add(normal.send(draft.withText("note lost"), null));
        for (int i = 0; i < SENDS; i++) {
            Draft note = draft.withText("note " + i);
            if (i % 2 == 0) {
                unknownSends.add(timingOut.send(note, null));
                twins.add(normal.send(note, null));
            } else {
                twins.add(normal.send(note, null));
                unknownSends.add(timingOut.send(note, null));
            }
        }
        CompletableFuture.allOf(twins.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (CompletableFuture<SendRecord> send : unknownSends) {
            send.handle((row, error) -> error).get(60, TimeUnit.SECONDS);
        }
        sandbox.faults().reset();
        waitFor(60, TimeUnit.SECONDS, () -> settledNotes() == 2 * SENDS + 1);

        long lostID = lost.id();
        List<SendRecord> unknown = log.all().stream()
                .filter(r -> r.state() == SendState.UNKNOWN && r.id() != lostID).toList();
        assertThat(unknown).hasSize(SENDS);
        // Half the twins know their final message, half only their pending ID.
        List<SendRecord> twinRows = log.all().stream().filter(r -> r.state() == SendState.PENDING).toList();
        assertThat(twinRows).hasSize(SENDS + 1);
        List<String> twinMessageIDs = new ArrayList<>();
        for (int i = 0; i < twinRows.size(); i++) {
            SendRecord twin = twinRows.get(i);
            String finalID = client.message(CHAT, twin.pendingMessageID()).get(10, TimeUnit.SECONDS).id();
            twinMessageIDs.add(finalID);
            if (i % 2 == 0) {
                log.update(twin.settled(SendState.SENT, finalID, null, Instant.now()));
            }
        }

        Sender checker = new Sender(client, log, Clock.systemUTC(), Runnable::run,
                () -> com.beepercomposer.history.ConnectionRef.sandbox(client.config().baseUri()));
        int right = 0;
        Set<String> taken = new HashSet<>();
        for (SendRecord row : unknown) {
            SendRecord checked = checker.checkDelivery(row).get(30, TimeUnit.SECONDS);
            Message found = checked.finalMessageJson() == null ? null
                    : Json.mapper().readValue(checked.finalMessageJson(), Message.class);
            boolean isItsOwn = checked.state() == SendState.SENT && found != null
                    && PlainSnippet.of(found.text(), 100).equals(row.text())
                    && !twinMessageIDs.contains(checked.finalMessageID()) && taken.add(checked.finalMessageID());
            right += isItsOwn ? 1 : 0;
        }
        SendRecord lostChecked = checker.checkDelivery(lost).get(30, TimeUnit.SECONDS);

        System.out.printf("Delivery check under client timeouts: %d/%d found as their own message%n", right, SENDS);
        assertThat(right).isEqualTo(SENDS);
        assertThat(lostChecked.state()).isEqualTo(SendState.UNKNOWN);
        assertThat(lostChecked.finalMessageID()).isNull();
        assertThat(lostChecked.reason()).startsWith("Not in the chat");
    }

    /** Our messages whose text starts "note " and that are past their pending stage. */
    private int settledNotes() throws Exception {
        int count = 0;
        String cursor = null;
        do {
            Page<Message> page = client.listMessages(CHAT, cursor).get(10, TimeUnit.SECONDS);
            for (Message m : page.items()) {
                boolean note = Boolean.TRUE.equals(m.isSender()) && PlainSnippet.of(m.text(), 100).startsWith("note ");
                count += note && m.sendStatus() != null && m.sendStatus().isSettled() ? 1 : 0;
            }
            cursor = page.hasMore() ? page.oldestCursor() : null;
        } while (cursor != null);
        return count;
    }
}
