package com.beepercomposer.api;

import java.util.List;
import java.util.Map;

/** A chat as {@code GET /v1/chats/{chatID}} and the chat lists return it. */
public record Chat(String id, String localChatID, String accountID, String network, String title, String type,
                   Integer unreadCount, Participants participants, Boolean isReadOnly, Boolean isArchived,
                   Boolean isMuted, Boolean isPinned, String lastActivity, Draft draft,
                   ChatCapabilities capabilities, Message preview) {

    public boolean readOnly() {
        return Boolean.TRUE.equals(isReadOnly);
    }

    public boolean isGroup() {
        return "group".equals(type);
    }

    public record Participants(List<User> items, Boolean hasMore, Integer total) {
        public Participants {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The chat's draft as the server reports it: Matrix HTML text plus attachments by ID. */
    public record Draft(String text, Map<String, DraftAttachment> attachments) {
    }

    public record DraftAttachment(String id, String type, String fileName, String filePath, Long fileSize,
                                  String mimeType, MediaSize size, Double audioDurationSeconds, String stickerID) {
    }
}
