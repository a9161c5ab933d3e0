package com.beepercomposer.api;

/** An attachment of a received or sent message. {@code type} is unknown, img, video or audio. */
public record MessageAttachment(String type, String id, String fileName, Long fileSize, String mimeType,
                                Double duration, MediaSize size, Boolean isGif, Boolean isSticker,
                                Boolean isVoiceNote, String srcURL, String posterImg) {
}
