package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.ReplyTarget;
import org.junit.jupiter.api.Test;

/** The request preview shows what the client would send, never a path rebuilt beside it. */
class RequestPreviewTextTest {
    // A base URL with a path: only the client knows the request goes under it.
    private final BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:9/desktop-api",
            AccessToken.of("secret-token")));
    private final ChatSummary chat = new ChatSummary("!room one:beeper.local", null, "Room", null, false, false, null);

    @Test
    void showsTheClientsRequestLineAndItsBodyPrettyPrinted() {
        Draft draft = new Draft(chat, "**hi**", ReplyTarget.pasted("m0"), null, null);

        String preview = RequestPreviewText.of(draft, client);

        String line = client.describeSend(chat.id(), new SendMessage("**hi**", "m0", null)).line();
        assertThat(line).isEqualTo("POST /desktop-api/v1/chats/!room%20one:beeper.local/messages");
        assertThat(preview).startsWith(line + "\n\n{\n").contains("\"text\" : \"**hi**\"")
                .contains("\"replyToMessageID\" : \"m0\"").doesNotContain("secret-token");
    }

    @Test
    void saysWhyWhenThereIsNothingToSend() {
        assertThat(RequestPreviewText.of(new Draft(chat, "", null, null, null), client))
                .startsWith("Nothing to send yet: ");
    }
}
