package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.assertIssue;
import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.eventually;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.MessageAttachment;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.api.SendStatus;
import com.beepercomposer.api.UploadResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending: every validation the real server applies, and the pending-to-final lifecycle over GET. */
class SandboxSendTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;

    private static SandboxServer server;
    private static BeeperClient client;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSandbox() {
        // Strict: these tests cover the synchronous refusals; SandboxLenientCapabilitiesTest the default.
        server = SandboxFixture.start(SandboxServer.builder().confirmDelay(Duration.ofMillis(50))
                .strictCapabilities(true));
        client = client(server);
    }

    @AfterAll
    static void stopSandbox() {
        server.stop();
    }

    private static CompletableFuture<SendResult> sendRaw(String chatID, String json) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        server.baseUrl() + "/v1/chats/" + chatID + "/messages"))
                        .header("Authorization", "Bearer " + server.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    var body = com.beepercomposer.api.Json.mapper().readTree(r.body());
                    var issues = new java.util.ArrayList<com.beepercomposer.api.ValidationIssue>();
                    body.path("details").path("issues").forEach(i -> issues.add(com.beepercomposer.api.Json.mapper()
                            .convertValue(i, com.beepercomposer.api.ValidationIssue.class)));
                    throw ApiException.http("POST", r.statusCode(), body.path("code").asText(),
                            body.path("message").asText(), issues, null);
                }
                return com.beepercomposer.api.Json.mapper().readValue(r.body(), SendResult.class);
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static UploadResult uploadPng(String name, int w, int h) throws Exception {
        return await(client.upload(PngFiles.png(dir, name, w, h), null, null, null, null));
    }

    @Test
    void aSendNeedsTextOrAnAttachment() {
        assertIssue(sendRaw(CHAT, "{}"), 400, "text");
        assertIssue(sendRaw(CHAT, "{\"text\":\"\"}"), 400, "text");
    }

    @Test
    void unknownUploadIsNamed() {
        assertIssue(client.send(CHAT, new SendMessage(null, null, OutgoingAttachment.of("no-such-upload"))), 400,
                "attachment", "uploadID");
    }

    @Test
    void badTypeAndHalfASizeAreNamed() throws Exception {
        String uploadID = uploadPng("a.png", 10, 10).uploadID();
        assertIssue(sendRaw(CHAT, "{\"attachment\":{\"uploadID\":\"" + uploadID + "\",\"type\":\"hologram\"}}"),
                400, "attachment", "type");
        assertIssue(sendRaw(CHAT, "{\"attachment\":{\"uploadID\":\"" + uploadID + "\",\"size\":{\"width\":5}}}"),
                400, "attachment", "size", "height");
    }

    @Test
    void unknownReplyTargetIsNamed() {
        assertIssue(client.send(CHAT, new SendMessage("hi", "no-such-message", null)), 400, "replyToMessageID");
    }

    @Test
    void unknownChatIs404() {
        assertThat(failure(client.send("!missing:beeper.com", SendMessage.text("hi"))).status()).isEqualTo(404);
    }

    @Test
    void readOnlyChatIs403() {
        ApiException e = failure(client.send(SandboxServer.READ_ONLY_CHAT_ID, SendMessage.text("hi")));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.code()).contains("FORBIDDEN");
    }

    @Test
    void chatRejectingRepliesRefusesReplyToMessageID() {
        String target = await(client.listMessages(SandboxServer.REPLIES_REJECTED_CHAT_ID, null)).items().get(0).id();
        assertIssue(client.send(SandboxServer.REPLIES_REJECTED_CHAT_ID, new SendMessage("ok", target, null)), 400,
                "replyToMessageID");
        assertThat(await(client.send(SandboxServer.REPLIES_REJECTED_CHAT_ID, SendMessage.text("no reply")))
                .pendingMessageID()).isNotBlank();
    }

    @Test
    void imagesOnlyChatRefusesOtherTypesAndBigFiles() throws Exception {
        String chat = SandboxServer.IMAGES_ONLY_CHAT_ID;
        Path pdf = Files.write(dir.resolve("doc.pdf"), "%PDF-1.7\n%%EOF\n".getBytes());
        UploadResult doc = await(client.upload(pdf, null, null, null, null));
        assertThat(doc.mimeType()).isEqualTo("application/pdf");
        assertIssue(client.send(chat, new SendMessage(null, null, OutgoingAttachment.of(doc.uploadID()))), 400,
                "attachment", "type");
        UploadResult png = uploadPng("ok.png", 20, 20);
        // Declared as BMP: m.image is allowed but that MIME type is not.
        assertIssue(client.send(chat, new SendMessage(null, null, new OutgoingAttachment(png.uploadID(), null,
                "image/bmp", null, null, null))), 400, "attachment", "mimeType");
        Path big = dir.resolve("big.png");
        Files.write(big, Files.readAllBytes(PngFiles.png(dir, "seed.png", 4, 4)));
        Files.write(big, new byte[(int) SeedData.IMAGES_ONLY_MAX_BYTES], java.nio.file.StandardOpenOption.APPEND);
        UploadResult tooBig = await(client.upload(big, null, null, null, null));
        assertIssue(client.send(chat, new SendMessage(null, null, OutgoingAttachment.of(tooBig.uploadID()))), 400,
                "attachment", "uploadID");
        assertThat(await(client.send(chat, new SendMessage("fine", null, OutgoingAttachment.of(png.uploadID()))))
                .pendingMessageID()).isNotBlank();
    }

    @Test
    void shortTextChatRefusesLongText() {
        String chat = SandboxServer.SHORT_TEXT_CHAT_ID;
        assertIssue(client.send(chat, SendMessage.text("x".repeat(161))), 400, "text");
        assertThat(await(client.send(chat, SendMessage.text("y".repeat(160)))).pendingMessageID()).isNotBlank();
    }

    @Test
    void aSendIsPendingFirstAndFinalLaterUnderANewId() {
        server.confirmDelay(Duration.ofMinutes(10));
        SendResult held;
        try {
            held = await(client.send(SandboxServer.DEFAULT_LOCAL_CHAT_ID, SendMessage.text("held back")));
        } finally {
            server.confirmDelay(Duration.ofMillis(50));
        }
        assertThat(held.chatID()).isEqualTo(CHAT);
        Message pending = await(client.message(held.chatID(), held.pendingMessageID()));
        assertThat(pending.id()).isEqualTo(held.pendingMessageID());
        assertThat(pending.sendStatus().status()).isEqualTo(SendStatus.PENDING);

        String reply = await(client.listMessages(CHAT, null)).items().get(3).id();
        SendResult sent = await(client.send(CHAT, new SendMessage("**bold** and `code`", reply, null)));
        AtomicReference<Message> settled = new AtomicReference<>();
        eventually(() -> {
            Message m = await(client.message(CHAT, sent.pendingMessageID()));
            settled.set(m);
            return m.isFinalFor(sent.pendingMessageID());
        });
        Message message = settled.get();
        assertThat(message.id()).isNotEqualTo(sent.pendingMessageID());
        assertThat(message.sendStatus().status()).isEqualTo(SendStatus.SUCCESS);
        assertThat(message.text()).isEqualTo("<strong>bold</strong> and <code>code</code>");
        assertThat(message.type()).isEqualTo("TEXT");
        assertThat(message.isSender()).isTrue();
        assertThat(message.linkedMessageID()).isEqualTo(reply);
        assertThat(await(client.message(CHAT, message.id()))).isEqualTo(message);
        assertThat(await(client.listMessages(CHAT, null)).items()).extracting(Message::id).contains(message.id())
                .doesNotContain(sent.pendingMessageID());
    }

    @Test
    void finalAttachmentCarriesTheSendOverrides() throws Exception {
        UploadResult up = uploadPng("sticker.png", 64, 64);
        SendResult sent = await(client.send(CHAT, new SendMessage(null, null, new OutgoingAttachment(up.uploadID(),
                "hello.png", null, null, new Dimensions(512, 512), AttachmentType.STICKER))));
        Message m = settle(sent);
        assertThat(m.type()).isEqualTo("STICKER");
        MessageAttachment a = m.attachments().get(0);
        assertThat(a.type()).isEqualTo("img");
        assertThat(a.isSticker()).isTrue();
        assertThat(a.fileName()).isEqualTo("hello.png");
        assertThat(a.mimeType()).isEqualTo("image/png");
        assertThat(a.size().width()).isEqualTo(512);
        assertThat(a.fileSize()).isEqualTo(up.fileSize());
        assertThat(a.srcURL()).startsWith("file:");

        Path ogg = Files.write(dir.resolve("voice.ogg"), "OggS\0\2fake opus".getBytes());
        UploadResult voice = await(client.upload(ogg, null, null, null, null));
        Message v = settle(await(client.send(CHAT, new SendMessage(null, null, new OutgoingAttachment(
                voice.uploadID(), null, null, 3.5, null, AttachmentType.VOICE_NOTE)))));
        assertThat(v.type()).isEqualTo("VOICE");
        assertThat(v.attachments().get(0).isVoiceNote()).isTrue();
        assertThat(v.attachments().get(0).duration()).isEqualTo(3.5);
        assertThat(v.attachments().get(0).mimeType()).isEqualTo("audio/ogg");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "IMAGE, , IMAGE, img, ", "GIF, , IMAGE, img, gif", "VIDEO, video/mp4, VIDEO, video, ",
            "AUDIO, audio/mpeg, AUDIO, audio, ", "FILE, , FILE, unknown, ",
            "VOICE_NOTE, audio/ogg, VOICE, audio, voice", "STICKER, , STICKER, img, sticker"})
    void everyTypeOverrideArrivesInTheFinalMessage(AttachmentType type, String mimeType, String messageType,
                                                   String attachmentType, String flag) throws Exception {
        UploadResult up = uploadPng("any-" + type + ".png", 8, 8);
        Message m = settle(await(client.send(CHAT, new SendMessage(null, null, new OutgoingAttachment(
                up.uploadID(), null, mimeType, null, null, type)))));
        assertThat(m.attachments().get(0).mimeType()).isEqualTo(mimeType == null ? "image/png" : mimeType);
        assertThat(m.type()).isEqualTo(messageType);
        MessageAttachment a = m.attachments().get(0);
        assertThat(a.type()).isEqualTo(attachmentType);
        assertThat(Boolean.TRUE.equals(a.isGif())).isEqualTo("gif".equals(flag));
        assertThat(Boolean.TRUE.equals(a.isVoiceNote())).isEqualTo("voice".equals(flag));
        assertThat(Boolean.TRUE.equals(a.isSticker())).isEqualTo("sticker".equals(flag));
    }

    @Test
    void aChatSetToFailPermanentlyReportsTheReason() {
        String chat = SeedData.ERIN_CHAT_ID;
        server.failSends(chat, SendFailure.permanent("blocked", "The recipient blocked you"));
        try {
            SendResult sent = await(client.send(chat, SendMessage.text("hello?")));
            Message m = settle(sent);
            assertThat(m.id()).isEqualTo(sent.pendingMessageID());
            assertThat(m.sendStatus().status()).isEqualTo(SendStatus.FAIL_PERMANENT);
            assertThat(m.sendStatus().reason()).isEqualTo("blocked");
            assertThat(m.sendStatus().message()).isEqualTo("The recipient blocked you");
        } finally {
            server.failSends(chat, null);
        }
    }

    private static Message settle(SendResult sent) {
        AtomicReference<Message> out = new AtomicReference<>();
        eventually(() -> {
            out.set(await(client.message(sent.chatID(), sent.pendingMessageID())));
            return out.get().isFinalFor(sent.pendingMessageID());
        });
        return out.get();
    }
}
