package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An unknown send is looked for in its chat instead of being sent again blindly. */
class DeliveryCheckTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;

    private SandboxServer sandbox;
    private BeeperClient client;
    private InMemorySendLog log;
    private Sender sender;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(50)).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        log = new InMemorySendLog();
        sender = new Sender(client, log, Clock.systemUTC(), Runnable::run,
                () -> ConnectionRef.sandbox(client.config().baseUri()));
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private SendRecord unknownRow(String markdown) {
        SendRecord row = log.add(SendRecord.sending(Instant.now(), CHAT, "Alice", markdown, null, null, null, "{}"));
        SendRecord unknown = row.settled(SendState.UNKNOWN, null, "No answer", Instant.now());
        log.update(unknown);
        return unknown;
    }

    @Test
    void aMessageThatArrivedIsFoundAndTheRowBecomesSent() throws Exception {
        SendRecord row = unknownRow("**Did** this _arrive_?");
        SendResult sent = client.send(CHAT, SendMessage.text("**Did** this _arrive_?")).get(10, TimeUnit.SECONDS);
        waitFor(10, TimeUnit.SECONDS, () -> client.message(CHAT, sent.pendingMessageID()).get()
                .isFinalFor(sent.pendingMessageID()));

        SendRecord checked = sender.checkDelivery(row).get(10, TimeUnit.SECONDS);

        assertThat(checked.state()).isEqualTo(SendState.SENT);
        assertThat(checked.finalMessageID()).isNotBlank();
        assertThat(checked.finalMessageJson()).contains(checked.finalMessageID());
        assertThat(log.all().get(0)).isEqualTo(checked);
    }

    @Test
    void aMessageThatNeverArrivedStaysUnknownAndSaysSo() throws Exception {
        SendRecord row = unknownRow("this one was lost");

        SendRecord checked = sender.checkDelivery(row).get(10, TimeUnit.SECONDS);

        assertThat(checked.state()).isEqualTo(SendState.UNKNOWN);
        assertThat(checked.reason()).startsWith("Not among the chat's newest messages when checked at ");
    }

    @Test
    void matchingComparesPlainTextAndSkipsOthersAndOlderMessages() {
        SendRecord row = SendRecord.sending(Instant.parse("2026-11-25T10:00:00Z"), CHAT, "Alice",
                "**Hi** there", null, null, null, "{}");
        Message ours = message(true, "2026-11-25T10:00:01Z", "<strong>Hi</strong> there");
        assertThat(DeliveryMatch.matches(row, ours)).isTrue();
        assertThat(DeliveryMatch.matches(row, message(false, "2026-11-25T10:00:01Z", "<strong>Hi</strong> there")))
                .isFalse();
        assertThat(DeliveryMatch.matches(row, message(true, "2026-11-25T09:00:00Z", "<strong>Hi</strong> there")))
                .isFalse();
        assertThat(DeliveryMatch.matches(row, message(true, "2026-11-25T10:00:01Z", "Hi there!"))).isFalse();
    }

    private static Message message(boolean mine, String at, String html) {
        return new Message("m", CHAT, "a", "s", null, "1", at, html, "TEXT", mine, null, List.of(), null, null, null);
    }
}
