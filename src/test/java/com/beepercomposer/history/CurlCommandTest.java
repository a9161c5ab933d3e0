package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CurlCommandTest {
    private static final URI BASE = URI.create("http://localhost:23373");

    @Test
    void sendsTheExactRequestWithTheTokenAsAVariable() {
        assertThat(CurlCommand.of(Rows.sentText("hello"), BASE)).isEqualTo("""
                curl -X POST 'http://localhost:23373/v1/chats/!whatsapp_1:ba_x.local-whatsapp.localhost/messages' \\
                  -H "Authorization: Bearer $BEEPER_ACCESS_TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  --data '{"text":"hello"}'
                """);
    }

    @Test
    void quotesASingleQuoteForTheShell() {
        String curl = CurlCommand.of(Rows.sentText("it's $HOME `x` \"q\""), BASE);
        assertThat(curl).contains("--data '{\"text\":\"it'\\''s $HOME `x` \\\"q\\\"\"}'\n");
    }

    @Test
    void uploadsTheAttachmentFirstAndEncodesTheChatID() {
        assertThat(CurlCommand.of(Rows.rejectedAttachment(), BASE)).isEqualTo("""
                # The send below names upload up-1; put the uploadID this upload prints in its place.
                curl -X POST 'https://remote.example/v1/assets/upload' \\
                  -H "Authorization: Bearer $BEEPER_ACCESS_TOKEN" \\
                  -F 'file=@photo one.png'

                curl -X POST 'https://remote.example/v1/chats/chat%2Fwith%20space/messages' \\
                  -H "Authorization: Bearer $BEEPER_ACCESS_TOKEN" \\
                  -H 'Content-Type: application/json' \\
                  --data '{"replyToMessageID":"m1","attachment":{"uploadID":"up-1","type":"sticker"}}'
                """);
    }

    @Test
    void aRowOfAnUnknownConnectionGoesToTheCurrentOneAndSaysSo() {
        SendRecord old = Rows.sentText("hi").withConnection(ConnectionRef.UNKNOWN);
        assertThat(CurlCommand.of(old, URI.create("http://127.0.0.1:4000/"))).startsWith("""
                # Sent before the app recorded connections: this sends to the current one, http://127.0.0.1:4000
                curl -X POST 'http://127.0.0.1:4000/v1/chats/""");
    }

    @Test
    void eachRowGoesToItsOwnServerWhateverTheCurrentOne() {
        assertThat(CurlCommand.of(Rows.sentText("hi"), URI.create("http://127.0.0.1:4000")))
                .contains("'http://localhost:23373/v1/chats/").doesNotContain("4000");
    }

    @Test
    void quotesFileNamesCurlWouldReadAsOptions() {
        SendRecord row = Rows.rejectedAttachment();
        row = new SendRecord(row.id(), row.createdAt(), row.chatID(), null, null, null, "a;type=x, it's.png",
                "up-1", row.requestJson(), row.state(), null, null, null, null, null, null, null, null, null, row.connection());
        assertThat(CurlCommand.of(row, BASE)).contains("-F 'file=@\"a;type=x, it'\\''s.png\"'\n");
    }
}
