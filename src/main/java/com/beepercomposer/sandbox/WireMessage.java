package com.beepercomposer.sandbox;

import java.util.List;

/**
 * A message as the SDK's {@code shared.Message} declares it. The first six fields are required
 * there; the rest are optional and omitted when null.
 */
public record WireMessage(String id, String accountID, String chatID, String senderID, String sortKey,
                          String timestamp, List<Attachment> attachments, String editedTimestamp, Boolean isDeleted,
                          Boolean isHidden, Boolean isSender, Boolean isUnread, String linkedMessageID,
                          List<Reaction> reactions, String senderName, SendStatus sendStatus, String text,
                          String type) {
    public static final String SUCCESS = "SUCCESS";
    public static final String PENDING = "PENDING";
    public static final String FAIL_RETRIABLE = "FAIL_RETRIABLE";
    public static final String FAIL_PERMANENT = "FAIL_PERMANENT";

    /** {@code type} is unknown, img, video or audio. */
    public record Attachment(String type, String id, String fileName, Long fileSize, String mimeType,
                             Double duration, Size size, Boolean isGif, Boolean isSticker, Boolean isVoiceNote,
                             String srcURL, String posterImg) {
    }

    public record Size(Integer width, Integer height) {
    }

    public record SendStatus(String status, String timestamp, List<String> deliveredToUsers, String internalError,
                             String message, String reason) {
        static SendStatus of(String status, String timestamp) {
            return new SendStatus(status, timestamp, null, null, null, null);
        }
    }

    public record Reaction(String id, String participantID, String reactionKey, Boolean emoji, String imgURL) {
    }

    WireMessage withID(String newID) {
        return new WireMessage(newID, accountID, chatID, senderID, sortKey, timestamp, attachments, editedTimestamp,
                isDeleted, isHidden, isSender, isUnread, linkedMessageID, reactions, senderName, sendStatus, text,
                type);
    }

    WireMessage withSendStatus(SendStatus status) {
        return new WireMessage(id, accountID, chatID, senderID, sortKey, timestamp, attachments, editedTimestamp,
                isDeleted, isHidden, isSender, isUnread, linkedMessageID, reactions, senderName, status, text, type);
    }

    WireMessage edited(String html, String at) {
        return new WireMessage(id, accountID, chatID, senderID, sortKey, timestamp, attachments, at, isDeleted,
                isHidden, isSender, isUnread, linkedMessageID, reactions, senderName, sendStatus, html, type);
    }

    boolean pending() {
        return sendStatus != null && PENDING.equals(sendStatus.status());
    }

    boolean hasAttachments() {
        return attachments != null && !attachments.isEmpty();
    }
}
