package com.beepercomposer.compose;

import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.i18n.Texts;

/** The chosen chat as the composer needs it: who, where, and what it accepts. */
public record ChatSummary(String id, String localChatID, String title, String network, boolean group,
                          boolean readOnly, ChatCapabilities capabilities) {

    public static ChatSummary of(Chat chat) {
        return new ChatSummary(chat.id(), chat.localChatID(), chat.title() == null ? chat.id() : chat.title(),
                chat.network(), chat.isGroup(), chat.readOnly(), chat.capabilities());
    }

    public Integer maxTextLength() {
        return capabilities == null ? null : capabilities.maxTextLength();
    }

    public boolean acceptsReplies() {
        return capabilities == null || capabilities.acceptsReplies();
    }

    /** Why replies are off, for the selector's tooltip. */
    public String replyRefusal() {
        Integer level = capabilities == null ? null : capabilities.reply();
        if (level == null || level > 0) {
            return null;
        }
        return switch (level) {
            case -2 -> Texts.get("chat.replies.rejected");
            case -1 -> Texts.get("chat.replies.dropped");
            default -> Texts.get("chat.replies.unsupported");
        };
    }
}
