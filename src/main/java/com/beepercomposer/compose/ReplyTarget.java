package com.beepercomposer.compose;

import com.beepercomposer.i18n.Texts;

/**
 * The message a draft replies to. Picked from the list it carries sender and snippet; pasted
 * as a bare ID it has only the ID.
 */
public record ReplyTarget(String messageID, String senderName, String snippet) {
    public ReplyTarget {
        if (messageID == null || messageID.isBlank()) {
            throw new IllegalArgumentException("A reply needs a message ID");
        }
        messageID = messageID.strip();
    }

    public static ReplyTarget pasted(String messageID) {
        return new ReplyTarget(messageID, null, null);
    }

    /** "Replying to Ann: see you at 5" or, for a pasted ID, "Replying to message $id". */
    public String describe() {
        if (senderName == null && snippet == null) {
            return Texts.get("reply.toMessage", messageID);
        }
        String who = senderName == null ? Texts.get("reply.someone") : senderName;
        return snippet == null || snippet.isBlank() ? Texts.get("reply.to", who)
                : Texts.get("reply.toSaying", who, snippet);
    }
}
