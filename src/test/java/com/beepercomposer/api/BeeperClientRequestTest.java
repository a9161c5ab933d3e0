package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Each client method puts exactly the expected request on the wire. */
class BeeperClientRequestTest extends MockServerTestBase {
    private static final String CHAT = "!abc:ba_x.local-whatsapp.localhost";
    private static final String EMPTY_PAGE = "{\"items\":[],\"hasMore\":false,\"oldestCursor\":null,\"newestCursor\":null}";
    private static final String MESSAGE = "{\"id\":\"m1\",\"chatID\":\"c\",\"accountID\":\"a\",\"senderID\":\"s\","
            + "\"sortKey\":\"1\",\"timestamp\":\"2026-01-02T03:04:05Z\"}";

    @Test
    void infoNeedsNoTokenAndNamesTheApp() throws Exception {
        enqueueJson(200, "{\"app\":{\"name\":\"Beeper\",\"version\":\"4.2.1\",\"bundle_id\":\"com.beeper\"},"
                + "\"platform\":{\"os\":\"linux\",\"arch\":\"x64\"},\"server\":{\"base_url\":\"http://x\","
                + "\"hostname\":\"h\",\"port\":23373,\"status\":\"running\",\"remote_access\":false,"
                + "\"mcp_enabled\":true},\"endpoints\":{\"spec\":\"/s\",\"ws_events\":\"/v1/ws\",\"mcp\":\"/m\","
                + "\"oauth\":{\"token_endpoint\":\"/oauth/token\"}},\"futureField\":{\"x\":1}}");

        Info info = await(client.info());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/info");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("User-Agent")).startsWith("BeeperComposer/");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(info.app().version()).isEqualTo("4.2.1");
        assertThat(info.endpoints().oauth().token_endpoint()).isEqualTo("/oauth/token");
    }

    @Test
    void accountsSendsTheBearerToken() throws Exception {
        enqueueJson(200, "[{\"accountID\":\"wa\",\"network\":\"WhatsApp\",\"user\":{\"id\":\"u1\",\"fullName\":"
                + "\"Ann\",\"isSelf\":true},\"bridge\":{\"id\":\"b\",\"provider\":\"cloud\",\"type\":\"whatsapp\"}}]");

        var accounts = await(client.accounts());

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("GET /v1/accounts HTTP/1.1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.network()).isEqualTo("WhatsApp");
            assertThat(a.user().isSelf()).isTrue();
        });
    }

    @Test
    void listChatsPagesBackwardsWithTheOldestCursor() throws Exception {
        enqueueJson(200, "{\"items\":[{\"id\":\"c1\",\"accountID\":\"a\",\"network\":\"Signal\",\"title\":\"T\","
                + "\"type\":\"single\",\"unreadCount\":2,\"participants\":{\"items\":[],\"hasMore\":false,"
                + "\"total\":0},\"preview\":" + MESSAGE + "}],\"hasMore\":true,\"oldestCursor\":\"o1\","
                + "\"newestCursor\":\"n1\"}");
        enqueueJson(200, EMPTY_PAGE);

        Page<Chat> first = await(client.listChats(null));
        await(client.listChats(first.oldestCursor()));

        assertThat(take().getTarget()).isEqualTo("/v1/chats");
        assertThat(take().getTarget()).isEqualTo("/v1/chats?cursor=o1&direction=before");
        assertThat(first.items()).singleElement().satisfies(c -> {
            assertThat(c.unreadCount()).isEqualTo(2);
            assertThat(c.preview().id()).isEqualTo("m1");
        });
        assertThat(first.hasMore()).isTrue();
    }

    @Test
    void searchChatsEncodesEveryOption() throws Exception {
        enqueueJson(200, EMPTY_PAGE);

        await(client.searchChats(ChatSearch.query("Ann & Bob/ü").withScope("participants").withType("group")
                .withLimit(5).olderThan("cur+1")));

        assertThat(take().getTarget()).isEqualTo("/v1/chats/search?query=Ann%20%26%20Bob%2F%C3%BC"
                + "&scope=participants&type=group&limit=5&cursor=cur%2B1&direction=before");
    }

    @Test
    void realShapedIdsKeepTheirSubDelimiters() throws Exception {
        enqueueJson(200, "{\"id\":\"" + CHAT + "\",\"accountID\":\"a\",\"network\":\"WhatsApp\",\"title\":\"T\","
                + "\"type\":\"group\",\"unreadCount\":0,\"participants\":{\"items\":[],\"hasMore\":false,\"total\":0},"
                + "\"capabilities\":{\"maxTextLength\":160,\"reply\":-2,\"attachments\":{\"m.image\":{\"mimeTypes\":"
                + "{\"image/*\":2},\"maxSize\":5242880}}}}");

        Chat chat = await(client.chat(CHAT));

        assertThat(take().getTarget()).isEqualTo("/v1/chats/!abc:ba_x.local-whatsapp.localhost");
        assertThat(chat.capabilities().maxTextLength()).isEqualTo(160);
        assertThat(chat.capabilities().acceptsReplies()).isFalse();
        assertThat(chat.capabilities().attachments().get("m.image").accepts("image/png")).isTrue();
    }

    @Test
    void hostileIdsArePercentEncodedAsOneSegment() throws Exception {
        enqueueJson(200, MESSAGE);

        await(client.message("a/b?c#d%e f", "ü:x!y"));

        assertThat(take().getTarget()).isEqualTo("/v1/chats/a%2Fb%3Fc%23d%25e%20f/messages/%C3%BC:x!y");
    }

    @Test
    void dotSegmentsAreRefusedBeforeAnyRequest() throws Exception {
        ApiException dotDot = failure(client.chat(".."));
        ApiException dot = failure(client.message("c", "."));
        ApiException empty = failure(client.send("", SendMessage.text("x")));

        assertThat(dotDot.kind()).isEqualTo(ApiException.Kind.INVALID_REQUEST);
        assertThat(dotDot.getMessage()).contains("chat ID");
        assertThat(dot.getMessage()).contains("message ID");
        assertThat(empty.kind()).isEqualTo(ApiException.Kind.INVALID_REQUEST);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void listMessagesAndMessage() throws Exception {
        enqueueJson(200, "{\"items\":[" + MESSAGE + "],\"hasMore\":false,\"oldestCursor\":\"o\",\"newestCursor\":\"n\"}");
        enqueueJson(200, EMPTY_PAGE);
        enqueueJson(200, MESSAGE.replace("}", ",\"sendStatus\":{\"status\":\"PENDING\",\"timestamp\":\"t\"}}"));

        Page<Message> page = await(client.listMessages(CHAT, null));
        await(client.listMessages(CHAT, "o"));
        Message pending = await(client.message(CHAT, "pending-1"));

        assertThat(take().getTarget()).isEqualTo("/v1/chats/" + CHAT + "/messages");
        assertThat(take().getTarget()).isEqualTo("/v1/chats/" + CHAT + "/messages?cursor=o&direction=before");
        assertThat(take().getTarget()).isEqualTo("/v1/chats/" + CHAT + "/messages/pending-1");
        assertThat(page.items()).extracting(Message::id).containsExactly("m1");
        assertThat(pending.isFinalFor("m1")).isFalse();
        assertThat(pending.isFinalFor("pending-1")).isTrue();
    }

    @Test
    void sendPostsExactlyTheFieldsThatAreSet() throws Exception {
        enqueueJson(200, "{\"chatID\":\"routed\",\"pendingMessageID\":\"p1\"}");
        var attachment = new OutgoingAttachment("up1", "note.ogg", "audio/ogg", 3.5, new Dimensions(512, 512),
                AttachmentType.VOICE_NOTE);

        SendResult result = await(client.send(CHAT, new SendMessage("**hi**", "m0", attachment)));

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/chats/" + CHAT + "/messages");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{\"text\":\"**hi**\",\"replyToMessageID\":\"m0\","
                + "\"attachment\":{\"uploadID\":\"up1\",\"fileName\":\"note.ogg\",\"mimeType\":\"audio/ogg\","
                + "\"duration\":3.5,\"size\":{\"width\":512,\"height\":512},\"type\":\"voice-note\"}}");
        assertThat(result).isEqualTo(new SendResult("routed", "p1"));
    }

    @Test
    void sendWithOnlyAnAttachmentOmitsEverythingElse() throws Exception {
        enqueueJson(200, "{\"chatID\":\"c\",\"pendingMessageID\":\"p\"}");

        await(client.send("c", new SendMessage(null, null, OutgoingAttachment.of("up1"))));

        assertThat(take().getBody().utf8()).isEqualTo("{\"attachment\":{\"uploadID\":\"up1\"}}");
    }

    @Test
    void uploadBase64PostsJson() throws Exception {
        enqueueJson(200, "{\"uploadID\":\"u9\",\"mimeType\":\"image/png\",\"fileSize\":3}");

        UploadResult result = await(client.uploadBase64(new Base64Upload("AAEC", "a.png", null)));

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("POST /v1/assets/upload/base64 HTTP/1.1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"content\":\"AAEC\",\"fileName\":\"a.png\"}");
        assertThat(result.uploadID()).isEqualTo("u9");
    }

    @Test
    void setDraftSendsNullToClearAndTextToSet() throws Exception {
        String chat = "{\"id\":\"c\",\"accountID\":\"a\",\"network\":\"n\",\"title\":\"t\",\"type\":\"single\","
                + "\"unreadCount\":0,\"participants\":{\"items\":[],\"hasMore\":false,\"total\":0}}";
        enqueueJson(200, chat);
        enqueueJson(200, chat);

        await(client.setDraft("c", null));
        await(client.setDraft("c", DraftRequest.text("hello")));

        RecordedRequest clear = take();
        assertThat(clear.getMethod()).isEqualTo("PATCH");
        assertThat(clear.getTarget()).isEqualTo("/v1/chats/c");
        assertThat(clear.getBody().utf8()).isEqualTo("{\"draft\":null}");
        assertThat(take().getBody().utf8()).isEqualTo("{\"draft\":{\"text\":\"hello\"}}");
    }

    @Test
    void clientDefaultsFollowTheSdkEnvironment() {
        ClientConfig fromEnv = ClientConfig.fromEnvironment(Map.of(
                ClientConfig.ENV_BASE_URL, "http://192.168.1.5:23373/", ClientConfig.ENV_ACCESS_TOKEN, "tok"));
        ClientConfig defaults = ClientConfig.fromEnvironment(Map.of());

        assertThat(fromEnv.baseUri()).hasToString("http://192.168.1.5:23373");
        assertThat(fromEnv.token().reveal()).isEqualTo("tok");
        assertThat(fromEnv.sendsTokenInClear()).isTrue();
        assertThat(defaults.baseUri()).hasToString("http://localhost:23373");
        assertThat(defaults.token()).isNull();
        assertThat(defaults.sendsTokenInClear()).isFalse();
    }

    @Test
    void theTokenNeverPrints() {
        assertThat(client.toString()).doesNotContain(TOKEN);
        assertThat(client.config().toString()).doesNotContain(TOKEN);
        assertThat(AccessToken.of(TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Test
    void assetBytesUnderTheBaseUrlCarryTheTokenAndComeBackAsSent() throws Exception {
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF};
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new okio.Buffer().write(picture)).build());

        byte[] got = await(client.assetBytes(client.config().baseUri()
                + "/v1/assets/serve?url=file%3A%2F%2F%2Fa%20b.png"));

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("GET /v1/assets/serve?url=file%3A%2F%2F%2Fa%20b.png HTTP/1.1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("*/*");
        assertThat(request.getHeaders().get("User-Agent")).startsWith("BeeperComposer/");
        assertThat(request.getBodySize()).isZero();
        assertThat(got).containsExactly(picture);
    }

    @Test
    void assetBytesFromAnotherHostNeverCarryTheToken() throws Exception {
        try (mockwebserver3.MockWebServer elsewhere = new mockwebserver3.MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(new mockwebserver3.MockResponse.Builder().code(401).body("no").build());
            java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
            client.onUnauthorized(refusals::incrementAndGet);

            ApiException failure = failure(client.assetBytes("http://localhost:" + elsewhere.getPort() + "/x.png"));

            RecordedRequest request = elsewhere.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(request.getRequestLine()).isEqualTo("GET /x.png HTTP/1.1");
            assertThat(request.getHeaders().get("Authorization")).isNull();
            assertThat(failure.status()).isEqualTo(401);
            assertThat(failure.getMessage()).doesNotContain(TOKEN);
            // Another host refusing a picture says nothing about our token.
            assertThat(refusals.get()).isZero();
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void assetBytesTakeOnlyWebAddresses() throws Exception {
        assertThat(failure(client.assetBytes("file:///etc/passwd")).getMessage()).contains("Not a web address");
        assertThat(failure(client.assetBytes("http://[bad")).getMessage()).contains("Not an address");
        assertThat(server.getRequestCount()).isZero();
    }
}
