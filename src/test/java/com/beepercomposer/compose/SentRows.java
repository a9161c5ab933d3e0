package com.beepercomposer.compose;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.Message;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Rows of real sends to a sandbox, settled once the sandbox gave them their final ID. */
public final class SentRows {
    private SentRows() {
    }

    /** Sends {@code text} to the chat through {@code sender} and returns its row, settled as sent. */
    public static SendRecord sent(BeeperClient client, SendLog log, Sender sender, String chatID, String text)
            throws Exception {
        Chat chat = client.chat(chatID).get(10, TimeUnit.SECONDS);
        SendRecord pending = sender.send(Draft.EMPTY.withChat(ChatSummary.of(chat)).withText(text), null)
                .get(10, TimeUnit.SECONDS);
        String pendingID = pending.pendingMessageID();
        waitFor(10, TimeUnit.SECONDS, () -> client.message(pending.routedChatID(), pendingID).get()
                .isFinalFor(pendingID));
        Message message = client.message(pending.routedChatID(), pendingID).get(10, TimeUnit.SECONDS);
        SendRecord sent = pending.settled(SendState.SENT, message.id(), null, Instant.now());
        log.update(sent);
        return sent;
    }
}
