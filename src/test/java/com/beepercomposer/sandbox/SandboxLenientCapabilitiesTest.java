package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.assertIssue;
import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.DraftRequest;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.api.SendStatus;
import com.beepercomposer.api.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default sandbox refuses at once only what the published API documents. A send the chat's
 * capabilities rule out is accepted with a pending ID and then fails through sendStatus, and a
 * draft replaces the previous one. (The strict refusals are in SandboxSendTest.)
 */
class SandboxLenientCapabilitiesTest {
    @TempDir
    Path dir;
    private SandboxServer server;
    private BeeperClient client;

    @BeforeEach
    void start() {
        server = SandboxFixture.start(SandboxServer.builder().confirmDelay(Duration.ofMillis(20)));
        client = client(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aReadOnlyChatAcceptsTheSendThenFailsIt() {
        assertFailsLater(SandboxServer.READ_ONLY_CHAT_ID, SendMessage.text("hello channel"), "read-only");
    }

    @Test
    void tooLongTextAndRefusedRepliesFailLater() {
        assertFailsLater(SandboxServer.SHORT_TEXT_CHAT_ID, SendMessage.text("x".repeat(161)), "160");
        String target = await(client.listMessages(SandboxServer.REPLIES_REJECTED_CHAT_ID, null)).items().get(0).id();
        assertFailsLater(SandboxServer.REPLIES_REJECTED_CHAT_ID, new SendMessage("ok", target, null), "replies");
    }

    @Test
    void anAttachmentTheChatDoesNotTakeFailsLater() throws Exception {
        Path pdf = Files.write(dir.resolve("doc.pdf"), "%PDF-1.7\n%%EOF\n".getBytes());
        UploadResult doc = await(client.upload(pdf, null, null, null, null));
        assertFailsLater(SandboxServer.IMAGES_ONLY_CHAT_ID,
                new SendMessage(null, null, OutgoingAttachment.of(doc.uploadID())), "m.file");
    }

    @Test
    void malformedSendsAreStillRefusedAtOnce() {
        assertIssue(client.send(SandboxServer.READ_ONLY_CHAT_ID, new SendMessage("hi", "no-such-message", null)),
                400, "replyToMessageID");
        assertIssue(client.send(SandboxServer.SHORT_TEXT_CHAT_ID, new SendMessage("hi", null,
                OutgoingAttachment.of("no-such-upload"))), 400, "attachment", "uploadID");
    }

    @Test
    void aSecondDraftReplacesTheFirst() {
        String chat = SeedData.BOB_CHAT_ID;
        await(client.setDraft(chat, DraftRequest.text("first")));

        assertThat(await(client.setDraft(chat, DraftRequest.text("second"))).draft().text()).isEqualTo("second");
    }

    private void assertFailsLater(String chat, SendMessage send, String reasonPart) {
        SendResult sent = await(client.send(chat, send));
        assertThat(sent.pendingMessageID()).isNotBlank();
        eventually(() -> await(client.message(chat, sent.pendingMessageID())).isFinalFor(sent.pendingMessageID()));
        Message failed = await(client.message(chat, sent.pendingMessageID()));
        assertThat(failed.id()).isEqualTo(sent.pendingMessageID());
        assertThat(failed.sendStatus().status()).isEqualTo(SendStatus.FAIL_PERMANENT);
        assertThat(failed.sendStatus().reason()).isEqualTo("unsupported");
        assertThat(failed.sendStatus().message()).contains(reasonPart);
    }
}
