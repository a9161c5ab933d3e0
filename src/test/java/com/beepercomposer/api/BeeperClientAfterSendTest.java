package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Edit, delete and focus put exactly the expected request on the wire. */
class BeeperClientAfterSendTest extends MockServerTestBase {
    private static final String CHAT = "!abc:ba_x.local-whatsapp.localhost";
    private static final String EDITED = "{\"id\":\"m1\",\"chatID\":\"" + CHAT + "\",\"accountID\":\"a\","
            + "\"senderID\":\"s\",\"sortKey\":\"1\",\"timestamp\":\"2026-01-02T03:04:05Z\",\"text\":\"<b>new</b>\","
            + "\"editedTimestamp\":\"2026-01-02T03:05:00Z\",\"messageID\":\"m1\",\"success\":true}";

    @Test
    void editPutsTheTextAndReadsTheUpdatedMessage() throws Exception {
        enqueueJson(200, EDITED);

        Message edited = await(client.editMessage(CHAT, "m 1/2", "**new**"));

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/v1/chats/" + CHAT + "/messages/m%201%2F2");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getBody().utf8()).isEqualTo("{\"text\":\"**new**\"}");
        assertThat(edited.text()).isEqualTo("<b>new</b>");
        assertThat(edited.editedTimestamp()).isEqualTo("2026-01-02T03:05:00Z");
    }

    @Test
    void anEmptyEditNeverLeaves() throws Exception {
        ApiException e = failure(client.editMessage(CHAT, "m1", "  "));

        assertThat(e.getMessage()).contains("empty");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void deleteSendsNoBodyAndTakesAnEmptyAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        enqueueJson(200, "");

        await(client.deleteMessage(CHAT, "m1"));
        await(client.deleteMessage(CHAT, "m2"));

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("DELETE /v1/chats/" + CHAT + "/messages/m1 HTTP/1.1");
        assertThat(request.getBodySize()).isZero();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(take().getTarget()).isEqualTo("/v1/chats/" + CHAT + "/messages/m2");
    }

    @Test
    void aFailedDeleteIsNotRepeated() throws Exception {
        enqueueJson(500, "{\"code\":\"INTERNAL_ERROR\",\"message\":\"boom\"}");

        ApiException e = failure(client.deleteMessage(CHAT, "m1"));

        assertThat(e.status()).isEqualTo(500);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void focusPostsOnlyTheFieldsGiven() throws Exception {
        enqueueJson(200, "{\"success\":true}");
        enqueueJson(200, "{\"success\":true,\"extra\":[null]}");

        boolean first = await(client.focus(FocusRequest.chat(CHAT).withDraft("hi *there*", "/tmp/a b.png")));
        boolean second = await(client.focus(new FocusRequest(null, null, null, null)));

        RecordedRequest request = take();
        assertThat(request.getRequestLine()).isEqualTo("POST /v1/focus HTTP/1.1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"chatID\":\"" + CHAT + "\",\"draftText\":\"hi *there*\","
                + "\"draftAttachmentPath\":\"/tmp/a b.png\"}");
        assertThat(take().getBody().utf8()).isEqualTo("{}");
        assertThat(first).isTrue();
        assertThat(second).isTrue();
    }

    @Test
    void pathSegmentsThatAreDotsAreRefusedBeforeAnyRequest() throws Exception {
        assertThat(failure(client.deleteMessage(CHAT, "..")).getMessage()).contains("message ID");
        assertThat(failure(client.editMessage(".", "m1", "x")).getMessage()).contains("chat ID");
        assertThat(server.getRequestCount()).isZero();
    }
}
