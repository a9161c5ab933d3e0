package com.beepercomposer.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chat as the SDK's {@code Chat} (and {@code ChatListResponse}, which adds {@code preview})
 * declares it, with the fields of Desktop 4.2.808. The fields the SDK types as {@code | null}
 * are written even when null, so a client meets both forms; plain optional ones are omitted.
 */
public record WireChat(String id, String accountID, String network, Participants participants, String title,
                       String type, int unreadCount, Capabilities capabilities,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String description,
                       @JsonInclude(JsonInclude.Include.ALWAYS) Draft draft,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String imgURL,
                       Boolean isArchived, Boolean isLowPriority, Boolean isMarkedUnread, Boolean isMuted,
                       Boolean isPinned, Boolean isReadOnly, String lastActivity, String lastReadMessageSortKey,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String localChatID,
                       @JsonInclude(JsonInclude.Include.ALWAYS) Integer messageExpirySeconds,
                       @JsonInclude(JsonInclude.Include.ALWAYS) Reminder reminder,
                       @JsonInclude(JsonInclude.Include.ALWAYS) Snooze snooze, Integer unreadMentionsCount,
                       WireMessage preview) {

    public record Participants(boolean hasMore, List<WireUser> items, int total) {
    }

    /** Support levels: -2 rejected, -1 dropped, 0 unsupported, 1 partial, 2 full. */
    public record Capabilities(Map<String, AttachmentCapability> attachments, Integer delete, Integer edit,
                               Map<String, Integer> formatting, Integer maxTextLength, Integer reaction,
                               Integer reply) {

        boolean acceptsReplies() {
            return reply == null || reply > 0;
        }
    }

    /** Limits for one Matrix msgtype; {@code mimeTypes} is required by the SDK. */
    public record AttachmentCapability(Map<String, Integer> mimeTypes, Integer caption, Integer maxCaptionLength,
                                       Double maxDuration, Integer maxHeight, Long maxSize, Integer maxWidth) {

        /** Accepted when the MIME type, or a pattern such as {@code image/*}, is listed with level > 0. */
        boolean accepts(String mimeType) {
            if (mimeType == null) {
                return false;
            }
            String mime = mimeType.toLowerCase(Locale.ROOT);
            return mimeTypes.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
                    .map(e -> e.getKey().toLowerCase(Locale.ROOT))
                    .anyMatch(p -> p.equals("*") || p.equals("*/*") || p.equals(mime)
                            || p.endsWith("/*") && mime.startsWith(p.substring(0, p.length() - 1)));
        }
    }

    /** The draft as stored: Matrix HTML text plus attachments keyed by ID. */
    public record Draft(String text, Map<String, DraftAttachment> attachments) {
    }

    /** {@code type} is file, gif or recorded_audio. */
    public record DraftAttachment(String id, String type, Double audioDurationSeconds, String fileName,
                                  String filePath, Long fileSize, String mimeType, WireMessage.Size size,
                                  String stickerID) {
    }

    public record Reminder(Boolean dismissOnIncomingMessage, String remindAt) {
    }

    public record Snooze(String snoozeUntil, String userSnoozedAt) {
    }

    boolean readOnly() {
        return Boolean.TRUE.equals(isReadOnly);
    }

    WireChat with(Participants newParticipants, Draft newDraft, String newLastActivity, WireMessage newPreview) {
        return new WireChat(id, accountID, network, newParticipants, title, type, unreadCount, capabilities,
                description, newDraft, imgURL, isArchived, isLowPriority, isMarkedUnread, isMuted, isPinned,
                isReadOnly, newLastActivity, lastReadMessageSortKey, localChatID, messageExpirySeconds, reminder,
                snooze, unreadMentionsCount, newPreview);
    }

    /** Only the chat list carries {@code preview} ({@code ChatListResponse}); search and lookup do not. */
    WireChat withoutPreview() {
        return with(participants, draft, lastActivity, null);
    }

    WireChat withParticipants(Participants newParticipants) {
        return with(newParticipants, draft, lastActivity, preview);
    }

    /** The fields {@code PATCH /v1/chats/{chatID}} may change besides the draft; null keeps a value. */
    record Settings(String title, String description, String imgURL, Boolean isArchived, Boolean isLowPriority,
                    Boolean isMuted, Boolean isPinned, Integer messageExpirySeconds, boolean clearDescription,
                    boolean clearImgURL, boolean clearExpiry) {
    }

    WireChat apply(Settings s) {
        return new WireChat(id, accountID, network, participants, s.title() != null ? s.title() : title, type,
                unreadCount, capabilities, s.clearDescription() ? null : pick(s.description(), description), draft,
                s.clearImgURL() ? null : pick(s.imgURL(), imgURL), pick(s.isArchived(), isArchived),
                pick(s.isLowPriority(), isLowPriority), isMarkedUnread, pick(s.isMuted(), isMuted),
                pick(s.isPinned(), isPinned), isReadOnly, lastActivity, lastReadMessageSortKey, localChatID,
                s.clearExpiry() ? null : pick(s.messageExpirySeconds(), messageExpirySeconds), reminder, snooze,
                unreadMentionsCount, preview);
    }

    private static <T> T pick(T update, T current) {
        return update != null ? update : current;
    }
}
