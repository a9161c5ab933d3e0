package com.beepercomposer.compose;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.i18n.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The overrides as typed, checked field by field. Only what the person set is sent: a blank
 * field stays out of the request, {@code type} null means Auto.
 */
public record AttachmentOverrides(AttachmentType type, String fileName, String mimeType, String duration,
                                  String width, String height) {

    public static final String FILE_NAME = "fileName";
    public static final String MIME_TYPE = "mimeType";
    public static final String DURATION = "duration";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final AttachmentOverrides NONE = new AttachmentOverrides(null, "", "", "", "", "");

    private static final Pattern MIME = Pattern.compile("^[\\w.+-]+/[\\w.+-]+$");

    /** Field name to message, in the order of the form; empty when everything is usable. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!blank(fileName) && (fileName.contains("/") || fileName.contains("\\"))) {
            errors.put(FILE_NAME, Texts.get("overrides.fileName"));
        }
        if (!blank(mimeType) && !MIME.matcher(mimeType.strip()).matches()) {
            errors.put(MIME_TYPE, Texts.get("overrides.mimeType"));
        }
        if (!blank(duration) && parseDuration(duration) == null) {
            errors.put(DURATION, Texts.get("overrides.duration"));
        }
        boolean hasWidth = !blank(width);
        boolean hasHeight = !blank(height);
        if (hasWidth && parsePositive(width) == null) {
            errors.put(WIDTH, Texts.get("overrides.pixels"));
        }
        if (hasHeight && parsePositive(height) == null) {
            errors.put(HEIGHT, Texts.get("overrides.pixels"));
        }
        if (hasWidth != hasHeight) {
            errors.putIfAbsent(hasWidth ? HEIGHT : WIDTH, Texts.get("overrides.bothOrNeither"));
        }
        return errors;
    }

    /** The request's attachment object for a finished upload; only call when {@link #errors()} is empty. */
    public OutgoingAttachment apply(String uploadID) {
        Dimensions size = blank(width) ? null : new Dimensions(parsePositive(width), parsePositive(height));
        return new OutgoingAttachment(uploadID, blank(fileName) ? null : fileName.strip(),
                blank(mimeType) ? null : mimeType.strip(), blank(duration) ? null : parseDuration(duration),
                size, type);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Double parseDuration(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) && value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parsePositive(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
