package com.beepercomposer.compose;

import com.beepercomposer.media.MediaFacts;
import com.beepercomposer.media.MediaProbe;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one hook that gives voice notes and videos their real length and size: what the file's
 * container says fills the duration, width and height overrides the person left blank. What
 * they typed always wins; a file the probe cannot read changes nothing.
 */
public final class MediaDefaults {
    private MediaDefaults() {
    }

    /** Blocking (reads the file): call off the FX thread. */
    public static AttachmentOverrides withDetected(AttachmentOverrides typed, Path file, String mimeType) {
        if (file == null || !MediaProbe.reads(mimeType)) {
            return typed;
        }
        return withFacts(typed, MediaProbe.probe(file, mimeType));
    }

    /** What the picked file's container says; {@link MediaFacts#UNKNOWN} for anything but audio and video. Blocking. */
    public static MediaFacts detect(LocalFile file) {
        return file == null || !MediaProbe.reads(file.mimeType()) ? MediaFacts.UNKNOWN
                : MediaProbe.probe(file.path(), file.mimeType());
    }

    /** {@code typed} with its blank duration and size filled from {@code facts}. */
    public static AttachmentOverrides withFacts(AttachmentOverrides typed, MediaFacts facts) {
        String duration = typed.duration();
        if (blank(duration) && facts.durationSeconds() != null) {
            duration = String.format(Locale.ROOT, "%.3f", facts.durationSeconds());
        }
        String width = typed.width();
        String height = typed.height();
        if (blank(width) && blank(height) && facts.hasSize()) {
            width = String.valueOf(facts.width());
            height = String.valueOf(facts.height());
        }
        return new AttachmentOverrides(typed.type(), typed.fileName(), typed.mimeType(), duration, width, height);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
