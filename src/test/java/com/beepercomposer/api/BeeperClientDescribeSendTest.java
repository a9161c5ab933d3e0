package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The request preview is the request the send makes: same method, target and body bytes. */
class BeeperClientDescribeSendTest extends MockServerTestBase {

    private void assertDescribesTheWire(String chatID, SendMessage message) throws Exception {
        RequestDescription described = client.describeSend(chatID, message);
        enqueueJson(200, "{\"chatID\":\"routed\",\"pendingMessageID\":\"p1\"}");

        await(client.send(chatID, message));

        RecordedRequest sent = take();
        assertThat(described.method()).isEqualTo(sent.getMethod());
        assertThat(described.target()).isEqualTo(sent.getTarget());
        assertThat(described.contentType()).isEqualTo(sent.getHeaders().get("Content-Type"));
        assertThat(described.body()).isEqualTo(sent.getBody().utf8());
    }

    @Test
    void aTextWithAReplyAndAnAttachment() throws Exception {
        var attachment = new OutgoingAttachment("up1", "n\u00f6te.ogg", "audio/ogg", 3.5, new Dimensions(512, 512),
                AttachmentType.VOICE_NOTE);
        assertDescribesTheWire("!abc:ba_x.local-whatsapp.localhost", new SendMessage("**hi** \u2603", "m0", attachment));
    }

    @Test
    void aChatIDThatNeedsEncodingInThePath() throws Exception {
        assertDescribesTheWire("chat with spaces/and#marks", SendMessage.text("plain"));
    }

    @Test
    void describingMakesNoRequestAndNeverShowsTheToken() {
        RequestDescription described = client.describeSend("c1", SendMessage.text("x"));

        assertThat(server.getRequestCount()).isZero();
        assertThat(described.toString()).doesNotContain(TOKEN);
        assertThat(described.line()).isEqualTo("POST /v1/chats/c1/messages");
    }

    @Test
    void aChatIDThatCannotBeAPathIsRefusedAsTheSendWouldBe() {
        assertThatThrownBy(() -> client.describeSend("..", SendMessage.text("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chat ID");
    }
}
