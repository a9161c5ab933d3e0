package com.beepercomposer.compose;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.OutgoingAttachment;
import java.util.ArrayList;
import java.util.List;

/**
 * One way of sending the file in a "Send as…" matrix: a type hint (null: the server detects it
 * from the MIME type) and the overrides to send with it. Only what is set goes out.
 *
 * @param label     what the history and the matrix call it, e.g. "sticker · name=a.gif · image/gif"
 * @param overrides file name, MIME type, size and duration; their own {@code type} is not used
 */
public record MatrixVariant(String label, AttachmentType type, AttachmentOverrides overrides) {

    public MatrixVariant {
        overrides = overrides == null ? AttachmentOverrides.NONE : overrides;
        if (!overrides.errors().isEmpty()) {
            throw new IllegalArgumentException("Unusable overrides: " + overrides.errors().values());
        }
        label = label == null || label.isBlank() ? labelOf(type, overrides) : label;
    }

    /** A variant labelled by what it sets. */
    public static MatrixVariant of(AttachmentType type, AttachmentOverrides overrides) {
        return new MatrixVariant(null, type, overrides);
    }

    /** The request's attachment object for this variant of {@code uploadID}. */
    public OutgoingAttachment attachment(String uploadID) {
        return new AttachmentOverrides(type, overrides.fileName(), overrides.mimeType(), overrides.duration(),
                overrides.width(), overrides.height()).apply(uploadID);
    }

    /** "auto" or the type, then each override set: "sticker · name=a.gif · image/gif · 512×512 · 3.5 s". */
    static String labelOf(AttachmentType type, AttachmentOverrides o) {
        List<String> parts = new ArrayList<>();
        parts.add(type == null ? "auto" : type.wireName());
        if (set(o.fileName())) {
            parts.add("name=" + o.fileName().strip());
        }
        if (set(o.mimeType())) {
            parts.add(o.mimeType().strip());
        }
        if (set(o.width())) {
            parts.add(o.width().strip() + "\u00d7" + o.height().strip());
        }
        if (set(o.duration())) {
            parts.add(o.duration().strip() + " s");
        }
        return String.join(" \u00b7 ", parts);
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
