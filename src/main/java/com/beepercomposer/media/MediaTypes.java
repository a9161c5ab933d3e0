package com.beepercomposer.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a file is, from its first bytes or its name: the same answer for the composer's check
 * before an upload and for the sandbox's detection after one.
 */
public final class MediaTypes {
    public static final String OCTET_STREAM = "application/octet-stream";
    /** How many leading bytes {@link #sniff(byte[])} looks at. */
    public static final int HEAD = 64;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
            Map.entry("heic", "image/heic"), Map.entry("pdf", "application/pdf"), Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"), Map.entry("opus", "audio/ogg"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("m4a", "audio/mp4"), Map.entry("wav", "audio/wav"), Map.entry("mp4", "video/mp4"),
            Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"), Map.entry("zip", "application/zip"),
            Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"), Map.entry("csv", "text/csv"),
            Map.entry("json", "application/json"), Map.entry("html", "text/html"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private MediaTypes() {
    }

    /** The MIME type its magic bytes give, or null when they name none of the common formats. */
    public static String sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return "image/gif";
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            return "audio/wav";
        }
        if (ascii(b, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (ascii(b, 0, "OggS")) {
            return "audio/ogg";
        }
        if (ascii(b, 0, "ID3") || (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return "audio/mpeg";
        }
        if (ascii(b, 4, "ftyp")) {
            return ascii(b, 8, "qt  ") ? "video/quicktime" : ascii(b, 8, "M4A ") ? "audio/mp4" : "video/mp4";
        }
        if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "video/webm";
        }
        if (starts(b, 0, 'P', 'K', 0x03, 0x04)) {
            return "application/zip";
        }
        return null;
    }

    /** By the file name's extension, else {@link #OCTET_STREAM}. */
    public static String byExtension(String fileName) {
        if (fileName != null) {
            int dot = fileName.lastIndexOf('.');
            if (dot >= 0 && dot < fileName.length() - 1) {
                String mime = BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
                if (mime != null) {
                    return mime;
                }
            }
        }
        return OCTET_STREAM;
    }

    /** A plausible extension for a generated file name. */
    public static String extensionFor(String mimeType) {
        return BY_EXTENSION.entrySet().stream().filter(e -> e.getValue().equals(mimeType))
                .map(Map.Entry::getKey).sorted().findFirst().orElse("bin");
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code expected} is spelled in ASCII at {@code at}. */
    public static boolean ascii(byte[] b, int at, String expected) {
        byte[] e = expected.getBytes(StandardCharsets.US_ASCII);
        return b.length >= at + e.length && Arrays.equals(b, at, at + e.length, e, 0, e.length);
    }

}
