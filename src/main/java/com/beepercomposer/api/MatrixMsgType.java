package com.beepercomposer.api;

import java.util.Locale;

/**
 * The Matrix msgtype an attachment is sent as; chat capabilities are keyed by it. A type hint
 * decides; without one the MIME type does, as the server's auto-detection would.
 */
public final class MatrixMsgType {
    public static final String IMAGE = "m.image";
    public static final String VIDEO = "m.video";
    public static final String AUDIO = "m.audio";
    public static final String FILE = "m.file";
    public static final String VOICE = "org.matrix.msc3245.voice";
    public static final String STICKER = "m.sticker";

    private MatrixMsgType() {
    }

    public static String of(AttachmentType type, String mimeType) {
        if (type != null) {
            return switch (type) {
                case IMAGE, GIF -> IMAGE;
                case VIDEO -> VIDEO;
                case AUDIO -> AUDIO;
                case FILE -> FILE;
                case VOICE_NOTE -> VOICE;
                case STICKER -> STICKER;
            };
        }
        String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        if (mime.startsWith("image/")) {
            return IMAGE;
        }
        if (mime.startsWith("video/")) {
            return VIDEO;
        }
        if (mime.startsWith("audio/")) {
            return AUDIO;
        }
        return FILE;
    }

    /** Words for a person: "images", "voice notes"... */
    public static String describe(String msgType) {
        return switch (msgType) {
            case IMAGE -> "images";
            case VIDEO -> "videos";
            case AUDIO -> "audio files";
            case VOICE -> "voice notes";
            case STICKER -> "stickers";
            default -> "files";
        };
    }
}
