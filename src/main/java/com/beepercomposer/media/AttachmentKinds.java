package com.beepercomposer.media;

import java.util.List;
import java.util.Locale;

/**
 * The one home of the attachment type rules: the send body's {@code type} hint (image, video,
 * audio, file, gif, voice-note, sticker), what the server picks when the hint is omitted, and the
 * Matrix msgtype chat capabilities are keyed by. The composer checks with it before a send and the
 * sandbox decides with it after one, so the two can never disagree.
 */
public final class AttachmentKinds {
    public static final String IMAGE = "image";
    public static final String VIDEO = "video";
    public static final String AUDIO = "audio";
    public static final String FILE = "file";
    public static final String GIF = "gif";
    public static final String VOICE_NOTE = "voice-note";
    public static final String STICKER = "sticker";
    /** Every type hint the API takes, in the order the SDK lists them. */
    public static final List<String> ALL = List.of(IMAGE, VIDEO, AUDIO, FILE, GIF, VOICE_NOTE, STICKER);

    public static final String MSG_IMAGE = "m.image";
    public static final String MSG_VIDEO = "m.video";
    public static final String MSG_AUDIO = "m.audio";
    public static final String MSG_FILE = "m.file";
    public static final String MSG_VOICE = "org.matrix.msc3245.voice";
    public static final String MSG_STICKER = "m.sticker";

    private AttachmentKinds() {
    }

    /** The type the server detects from a MIME type when the send gives no hint. */
    public static String detect(String mimeType) {
        String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        if (mime.equals("image/gif")) {
            return GIF;
        }
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

    /** The Matrix msgtype a type hint is sent as; an unknown hint is sent as a file. */
    public static String msgtype(String kind) {
        return switch (kind == null ? FILE : kind) {
            case IMAGE, GIF -> MSG_IMAGE;
            case VIDEO -> MSG_VIDEO;
            case AUDIO -> MSG_AUDIO;
            case VOICE_NOTE -> MSG_VOICE;
            case STICKER -> MSG_STICKER;
            default -> MSG_FILE;
        };
    }

    /** The msgtype for a hint, or, without one, for what the MIME type auto-detects as. */
    public static String msgtype(String kind, String mimeType) {
        return msgtype(kind != null ? kind : detect(mimeType));
    }

    /** Words for a person: "images", "voice notes"... */
    public static String describe(String msgtype) {
        return switch (msgtype) {
            case MSG_IMAGE -> "images";
            case MSG_VIDEO -> "videos";
            case MSG_AUDIO -> "audio files";
            case MSG_VOICE -> "voice notes";
            case MSG_STICKER -> "stickers";
            default -> "files";
        };
    }
}
