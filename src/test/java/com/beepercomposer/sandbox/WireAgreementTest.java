package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Account;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Base64Upload;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.DraftRequest;
import com.beepercomposer.api.Info;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.api.ValidationIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client and the sandbox now each have their own names for every field. These tests read
 * the sandbox's raw answers and check that every field the client's records read is there, so
 * a field renamed on either side fails here instead of reading as null.
 */
class WireAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;
    /** Fields the SDK marks optional that a given sample legitimately leaves out. */
    private static final Set<String> OPTIONAL = Set.of(
            "User.username", "User.phoneNumber", "User.email", "User.imgURL", "User.cannotMessage", "User.isAdmin",
            "User.isNetworkBot", "User.isPending", "User.fullName",
            "Message.editedTimestamp", "MessageAttachment.posterImg",
            "SendStatus.message", "SendStatus.reason", "SendStatus.internalError",
            "AttachmentCapability.maxWidth", "AttachmentCapability.maxHeight", "AttachmentCapability.maxDuration",
            "DraftAttachment.stickerID", "DraftAttachment.audioDurationSeconds", "Chat.isReadOnly",
            "Platform.release");
    /** A chat's preview is whatever message came last, with or without a reply or receipts. */
    private static final Set<String> CHAT_OPTIONAL = union(OPTIONAL, "Message.linkedMessageID",
            "SendStatus.deliveredToUsers");

    @TempDir
    Path dir;
    private SandboxServer server;
    private BeeperClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = SandboxFixture.start(SandboxServer.builder().confirmDelay(java.time.Duration.ofMillis(20)));
        client = SandboxFixture.client(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aSentMessageCarriesEveryFieldTheClientReads() throws Exception {
        Path png = PngFiles.png(dir, "wire.png", 64, 48);
        UploadResult upload = await(client.upload(png, null, null, null, null));
        String replyTo = await(client.listMessages(CHAT, null)).items().get(0).id();
        SendResult sent = await(client.send(CHAT, new SendMessage("**hi**", replyTo, new OutgoingAttachment(
                upload.uploadID(), "wire.png", "image/png", 2.0, new Dimensions(64, 48), AttachmentType.IMAGE))));
        eventually(() -> await(client.message(CHAT, sent.pendingMessageID())).isFinalFor(sent.pendingMessageID()));

        JsonNode raw = get("/v1/chats/" + enc(CHAT) + "/messages/" + enc(sent.pendingMessageID()));
        assertThat(ClientFields.missing(raw, Message.class, OPTIONAL)).isEmpty();
        assertThat(ClientFields.missing(JSON.readTree(JSON.writeValueAsString(sent)), SendResult.class, Set.of()))
                .isEmpty();
        assertThat(ClientFields.missing(JSON.valueToTree(upload), UploadResult.class, Set.of("UploadResult.error",
                "UploadResult.duration"))).isEmpty();
        JsonNode rawUpload = post("/v1/assets/upload/base64", JSON.writeValueAsString(new Base64Upload(
                Base64.getEncoder().encodeToString(Files.readAllBytes(png)), "again.png", null)));
        assertThat(ClientFields.missing(rawUpload, UploadResult.class, Set.of("UploadResult.error",
                "UploadResult.duration"))).isEmpty();
    }

    @Test
    void aChatCarriesEveryFieldTheClientReads() throws Exception {
        Path png = PngFiles.png(dir, "draft.png", 32, 32);
        UploadResult upload = await(client.upload(png, null, null, null, null));
        await(client.setDraft(CHAT, new DraftRequest("draft", Map.of("a1", new DraftRequest.Attachment(
                upload.uploadID(), "a1", null, null, null, null, null)))));

        JsonNode raw = get("/v1/chats/" + enc(CHAT));
        // Only the chat list carries a preview, as the SDK declares.
        assertThat(ClientFields.missing(raw, Chat.class, union(CHAT_OPTIONAL, "Chat.preview"))).isEmpty();
        JsonNode list = get("/v1/chats");
        assertThat(ClientFields.missing(list, com.beepercomposer.api.Page.class, Set.of())).isEmpty();
        assertThat(ClientFields.missing(list.get("items").get(0), Chat.class, CHAT_OPTIONAL)).isEmpty();
        // The 4.2.808 fields the client does not model yet are still on the wire, with the SDK's names.
        assertThat(raw.fieldNames()).toIterable().contains("description", "imgURL", "isMarkedUnread",
                "isLowPriority", "messageExpirySeconds", "unreadMentionsCount", "draft", "capabilities");
    }

    @Test
    void accountsInfoAndErrorsCarryEveryFieldTheClientReads() throws Exception {
        JsonNode accounts = get("/v1/accounts");
        assertThat(ClientFields.missing(accounts.get(0), Account.class, OPTIONAL)).isEmpty();
        assertThat(ClientFields.missing(get("/v1/info"), Info.class, OPTIONAL)).isEmpty();

        HttpResponse<String> bad = http.send(request("/v1/chats/" + enc(CHAT) + "/messages")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": 5}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode error = JSON.readTree(bad.body());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(error.get("code").isTextual()).isTrue();
        assertThat(error.get("message").isTextual()).isTrue();
        assertThat(ClientFields.missing(error.get("details").get("issues").get(0), ValidationIssue.class, Set.of()))
                .isEmpty();
    }

    @Test
    void aRenamedFieldOnEitherSideIsCaught() throws Exception {
        // The sandbox spelling a field its own way (or the client expecting another name): both
        // leave the client's component without a value, and the check names it.
        JsonNode renamed = JSON.readTree("""
                {"id":"1","chatID":"c","accountID":"a","senderID":"s","senderName":"S","sortKey":"1",
                 "timestamp":"2025-01-01T00:00:00Z","text":"t","type":"TEXT","isSender":true,
                 "replyToMessageID":"0","attachments":[],"sendStatus":{"status":"SUCCESS","timestamp":"x",
                 "deliveredToUsers":[]},"isDeleted":false}
                """);
        assertThat(ClientFields.missing(renamed, Message.class, OPTIONAL)).containsExactly("Message.linkedMessageID");
        JsonNode nested = JSON.readTree("""
                {"uploadID":"u","srcURL":"s","fileName":"f","mimeType":"m","size":1,"width":1,"height":1}
                """);
        assertThat(ClientFields.missing(nested, UploadResult.class, Set.of("UploadResult.error",
                "UploadResult.duration"))).containsExactly("UploadResult.fileSize");
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + server.token()).header("Content-Type", "application/json");
    }

    private static String enc(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
