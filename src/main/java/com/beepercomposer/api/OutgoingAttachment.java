package com.beepercomposer.api;

/**
 * The {@code attachment} of a send. Only {@code uploadID} is required; every other field
 * overrides what the upload detected and is left out of the JSON when null.
 */
public record OutgoingAttachment(String uploadID, String fileName, String mimeType, Double duration,
                                 Dimensions size, AttachmentType type) {
    public OutgoingAttachment {
        if (uploadID == null || uploadID.isBlank()) {
            throw new IllegalArgumentException("An attachment needs the uploadID of a finished upload");
        }
        if (duration != null && (duration.isNaN() || duration < 0)) {
            throw new IllegalArgumentException("Duration must be a number of seconds >= 0");
        }
    }

    public static OutgoingAttachment of(String uploadID) {
        return new OutgoingAttachment(uploadID, null, null, null, null, null);
    }
}
