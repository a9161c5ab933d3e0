package com.beepercomposer.compose;

import com.beepercomposer.api.UploadResult;
import com.beepercomposer.i18n.Texts;

/** What the server detected about an upload, in one line: "photo.png · image/png · 1.2 MB · 640×480". */
public final class UploadSummary {
    private UploadSummary() {
    }

    public static String describe(UploadResult result) {
        StringBuilder out = new StringBuilder();
        append(out, result.fileName());
        append(out, result.mimeType());
        append(out, result.fileSize() == null ? null : Sizes.humanInLanguage(result.fileSize()));
        if (result.width() != null && result.height() != null) {
            append(out, result.width() + "\u00d7" + result.height());
        }
        if (result.duration() != null) {
            append(out, String.format(Texts.locale(), "%.1f s", result.duration()));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (part != null && !part.isBlank()) {
            out.append(out.length() == 0 ? "" : " \u00b7 ").append(part);
        }
    }
}
