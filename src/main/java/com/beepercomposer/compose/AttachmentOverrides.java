package com.beepercomposer.compose;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.api.OutgoingAttachment;
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
            errors.put(FILE_NAME, "A file name cannot contain / or \\");
        }
        if (!blank(mimeType) && !MIME.matcher(mimeType.strip()).matches()) {
            errors.put(MIME_TYPE, "Not a MIME type; write it like image/png");
        }
        if (!blank(duration) && parseDuration(duration) == null) {
            errors.put(DURATION, "Seconds, a number of 0 or more (like 12.5)");
        }
        boolean hasWidth = !blank(width);
        boolean hasHeight = !blank(height);
        if (hasWidth && parsePositive(width) == null) {
            errors.put(WIDTH, "A whole number of pixels above 0");
        }
        if (hasHeight && parsePositive(height) == null) {
            errors.put(HEIGHT, "A whole number of pixels above 0");
        }
        if (hasWidth != hasHeight) {
            errors.putIfAbsent(hasWidth ? HEIGHT : WIDTH, "Give both width and height, or neither");
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
