package com.beepercomposer.compose;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.media.AttachmentKinds;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the recipient will see the attachment, decided from what will be sent: the type override
 * (or what the MIME type auto-detects as), then the overrides, then what the upload detected.
 * Images show at their display size, stickers small; everything else is a chip.
 *
 * @param kind     one of {@link AttachmentKinds#ALL}
 * @param title    the chip's first line: the file name, or "Voice message"
 * @param detail   the chip's second line: size, duration, dimensions as they apply
 * @param image    the local file to draw for an image, sticker or gif; null for chips
 * @param width    display width in pixels for an image-like kind or a video, else 0
 * @param height   display height in pixels, else 0
 */
public record AttachmentAppearance(String kind, String title, String detail, Path image, double width,
                                   double height) {
    /** Chat apps show photos and videos within about this box. */
    public static final int MEDIA_BOX = 320;
    /** Stickers show small, whatever their pixel size. */
    public static final int STICKER_BOX = 160;

    public static AttachmentAppearance of(LocalFile file, UploadResult uploaded, OutgoingAttachment sent) {
        String mime = first(sent == null ? null : sent.mimeType(), uploaded == null ? null : uploaded.mimeType(),
                file == null ? null : file.mimeType());
        AttachmentType override = sent == null ? null : sent.type();
        String kind = override != null ? override.wireName() : AttachmentKinds.detect(mime);
        String name = first(sent == null ? null : sent.fileName(), uploaded == null ? null : uploaded.fileName(),
                file == null ? null : file.fileName());
        Long bytes = uploaded != null && uploaded.fileSize() != null ? uploaded.fileSize()
                : file == null ? null : file.size();
        Integer width = sent != null && sent.size() != null ? Integer.valueOf(sent.size().width())
                : uploaded == null ? null : uploaded.width();
        Integer height = sent != null && sent.size() != null ? Integer.valueOf(sent.size().height())
                : uploaded == null ? null : uploaded.height();
        Double seconds = sent != null && sent.duration() != null ? sent.duration()
                : uploaded == null ? null : uploaded.duration();
        String size = bytes == null ? null : Sizes.humanInLanguage(bytes);
        String dims = width == null || height == null ? null : width + "\u00d7" + height;
        String length = seconds == null ? null : clock(seconds);
        Path local = file == null ? null : file.path();
        return switch (kind) {
            case AttachmentKinds.STICKER -> shown(kind, name, join(Texts.get("look.sticker"), dims), local, width,
                    height, STICKER_BOX);
            case AttachmentKinds.IMAGE -> shown(kind, name, join(dims, size), local, width, height, MEDIA_BOX);
            case AttachmentKinds.GIF -> shown(kind, name, join(Texts.get("look.gif"), dims, size), local, width,
                    height, MEDIA_BOX);
            case AttachmentKinds.VIDEO -> {
                double[] box = fit(width, height, MEDIA_BOX);
                yield new AttachmentAppearance(kind, name, join(Texts.get("look.video"), dims, length, size), null,
                        box[0], box[1]);
            }
            case AttachmentKinds.VOICE_NOTE -> new AttachmentAppearance(kind, Texts.get("look.voice"),
                    join(length == null ? Texts.get("look.noDuration") : length, size), null, 0, 0);
            case AttachmentKinds.AUDIO -> new AttachmentAppearance(kind, name,
                    join(Texts.get("look.audio"), length, size), null, 0, 0);
            default -> new AttachmentAppearance(AttachmentKinds.FILE, name, join(size, mime), null, 0, 0);
        };
    }

    /** Whether it is drawn as a picture rather than a chip. */
    public boolean isPicture() {
        return image != null;
    }

    private static AttachmentAppearance shown(String kind, String name, String detail, Path local, Integer width,
                                              Integer height, int box) {
        double[] size = fit(width, height, box);
        return new AttachmentAppearance(kind, name, detail, local, size[0], size[1]);
    }

    /** Scaled down (never up) to fit a square box; unknown dimensions take the whole box. */
    static double[] fit(Integer width, Integer height, int box) {
        if (width == null || height == null || width <= 0 || height <= 0) {
            return new double[] {box, box};
        }
        double scale = Math.min(1.0, Math.min((double) box / width, (double) box / height));
        return new double[] {Math.round(width * scale), Math.round(height * scale)};
    }

    /** "0:42", "1:05:09". */
    static String clock(double seconds) {
        long total = Math.round(seconds);
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.length() == 0 ? "" : " \u00b7 ").append(part);
            }
        }
        return out.toString();
    }
}
