package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.MessageAttachment;
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
        assertThat(checked.reason()).startsWith("Not in the chat when checked at ")
                .contains("looked back past the send's time");
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

    @Test
    void matchingAsksForTheSameReplyTargetAndTheAttachmentTheRequestCarried() {
        Instant sent = Instant.parse("2026-11-25T10:00:00Z");
        String at = "2026-11-25T10:00:01Z";
        SendRecord reply = SendRecord.sending(sent, CHAT, "Alice", "ok", "m-7", null, null,
                "{\"text\":\"ok\",\"replyToMessageID\":\"m-7\"}");
        assertThat(DeliveryMatch.matches(reply, message(true, at, "ok", "m-7", List.of()))).isTrue();
        assertThat(DeliveryMatch.matches(reply, message(true, at, "ok", "m-8", List.of()))).isFalse();
        assertThat(DeliveryMatch.matches(reply, message(true, at, "ok", null, List.of()))).isFalse();
        SendRecord plain = SendRecord.sending(sent, CHAT, "Alice", "ok", null, null, null, "{\"text\":\"ok\"}");
        assertThat(DeliveryMatch.matches(plain, message(true, at, "ok", "m-7", List.of()))).isFalse();

        // The picked file was a.png, but the request renamed it: the message carries the request's name.
        SendRecord file = SendRecord.sending(sent, CHAT, "Alice", null, null, "a.png", "up-1",
                "{\"attachment\":{\"uploadID\":\"up-1\",\"fileName\":\"holiday.png\"}}");
        assertThat(DeliveryMatch.matches(file, message(true, at, null, null, List.of(attachment("x", "holiday.png")))))
                .isTrue();
        assertThat(DeliveryMatch.matches(file, message(true, at, null, null,
                List.of(attachment("mxc://local.beeper.com/up-1", "other.png"))))).isTrue();
        assertThat(DeliveryMatch.matches(file, message(true, at, null, null, List.of(attachment("y", "b.png")))))
                .isFalse();
        assertThat(DeliveryMatch.matches(file, message(true, at, null, null, List.of()))).isFalse();
        assertThat(DeliveryMatch.matches(plain, message(true, at, "ok", null, List.of(attachment("y", "b.png")))))
                .isFalse();
    }

    @Test
    void aCheckThatCannotReachTheSendsTimeSaysSoAndLeavesTheRowUnknown() throws Exception {
        SendRecord row = unknownRow("lost somewhere far back");
        for (int i = 0; i < 30; i++) {
            client.send(CHAT, SendMessage.text("filler " + i)).get(10, TimeUnit.SECONDS);
        }
        DeliveryCheck onePage = new DeliveryCheck(client, log, Clock.systemUTC(), Runnable::run, 1);

        SendRecord checked = onePage.check(row).get(10, TimeUnit.SECONDS);

        assertThat(checked.state()).isEqualTo(SendState.UNKNOWN);
        assertThat(checked.reason()).startsWith("Could not look far enough back");
        assertThat(sender.checkDelivery(row).get(10, TimeUnit.SECONDS).reason()).startsWith("Not in the chat");
    }

    private static Message message(boolean mine, String at, String html) {
        return message(mine, at, html, null, List.of());
    }

    private static Message message(boolean mine, String at, String html, String replyTo,
                                   List<MessageAttachment> attachments) {
        return new Message("m", CHAT, "a", "s", null, "1", at, html, "TEXT", mine, replyTo, attachments, null, null,
                null);
    }

    private static MessageAttachment attachment(String id, String fileName) {
        return new MessageAttachment("img", id, fileName, 10L, "image/png", null, null, false, false, false, null,
                null);
    }
}
