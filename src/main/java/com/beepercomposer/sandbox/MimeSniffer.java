package com.beepercomposer.sandbox;

import com.beepercomposer.media.MediaFacts;
import com.beepercomposer.media.MediaProbe;
import com.beepercomposer.media.MediaTypes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What an uploaded file is, read from its first bytes the way Beeper Desktop auto-detects when
 * no MIME type is given, plus pixel size for common image formats, and length (and picture
 * size for video) for WAV, MP3, Ogg, MP4/M4A and WebM, read as the composer reads them.
 */
final class MimeSniffer {

    /** What was learned about a file; width, height and duration are null when unknown. */
    record Detected(String mimeType, Integer width, Integer height, Double duration) {
    }

    private MimeSniffer() {
    }

    static Detected inspect(Path file, String fileName) throws IOException {
        byte[] head = new byte[MediaTypes.HEAD];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, MediaTypes.HEAD);
        }
        byte[] bytes = Arrays.copyOf(head, read);
        String mime = MediaTypes.sniff(bytes);
        if (mime == null) {
            mime = MediaTypes.byExtension(fileName);
        }
        int[] size = switch (mime) {
            case "image/png" -> pngSize(bytes);
            case "image/gif" -> gifSize(bytes);
            case "image/webp" -> webpSize(bytes);
            case "image/jpeg" -> jpegSize(file);
            default -> null;
        };
        Double duration = mime.equals("audio/wav") ? wavDuration(bytes) : null;
        if (MediaProbe.reads(mime)) {
            MediaFacts facts = MediaProbe.probe(file, mime);
            duration = facts.durationSeconds();
            size = facts.hasSize() ? new int[] {facts.width(), facts.height()} : size;
        }
        return new Detected(mime, size == null ? null : size[0], size == null ? null : size[1], duration);
    }

    private static int[] pngSize(byte[] b) {
        return b.length >= 24 && MediaTypes.ascii(b, 12, "IHDR") ? new int[] {be32(b, 16), be32(b, 20)} : null;
    }

    private static int[] gifSize(byte[] b) {
        return b.length >= 10 ? new int[] {le16(b, 6), le16(b, 8)} : null;
    }

    private static int[] webpSize(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        if (MediaTypes.ascii(b, 12, "VP8 ")) {
            return new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF};
        }
        if (MediaTypes.ascii(b, 12, "VP8L")) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return new int[] {(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
        }
        if (MediaTypes.ascii(b, 12, "VP8X")) {
            return new int[] {le24(b, 24) + 1, le24(b, 27) + 1};
        }
        return null;
    }

    /** JPEG keeps its size in the first SOF segment, which may sit after large EXIF blocks. */
    private static int[] jpegSize(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(2);
            while (true) {
                int marker = in.read();
                while (marker == 0xFF) {
                    marker = in.read();
                }
                if (marker < 0 || marker == 0xD9 || marker == 0xDA) {
                    return null;
                }
                int length = (in.read() << 8) | in.read();
                if (length < 2) {
                    return null;
                }
                boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                        && marker != 0xCC;
                if (sof) {
                    byte[] seg = in.readNBytes(5);
                    if (seg.length < 5) {
                        return null;
                    }
                    return new int[] {(seg[3] & 0xFF) << 8 | (seg[4] & 0xFF), (seg[1] & 0xFF) << 8 | (seg[2] & 0xFF)};
                }
                in.skipNBytes(length - 2);
                int next = in.read();
                if (next != 0xFF) {
                    return null;
                }
            }
        } catch (java.io.EOFException e) {
            return null;
        }
    }

    private static Double wavDuration(byte[] b) {
        // Canonical layout only: "fmt " at 12, "data" at 36; anything else stays unknown.
        if (b.length < 44 || !MediaTypes.ascii(b, 12, "fmt ") || !MediaTypes.ascii(b, 36, "data")) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long byteRate = Integer.toUnsignedLong(buf.getInt(28));
        long dataSize = Integer.toUnsignedLong(buf.getInt(40));
        return byteRate == 0 ? null : (double) dataSize / byteRate;
    }

    private static int be32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}
