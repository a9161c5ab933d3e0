package com.beepercomposer.ui;

import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.ui.AttachmentViewModel.Stage;
import java.util.Collection;
import java.util.Locale;

/** Why the attachment keeps the message from being sent, at each stage of its upload. */
final class AttachmentHold {
    private AttachmentHold() {
    }

    /**
     * @param invalidFields the overrides fields that do not parse, by name
     * @param problem why the attachment was refused, for {@link Stage#REFUSED}
     * @return the reason, or null when the attachment (or its absence) lets the message go
     */
    static String reason(Stage stage, Collection<String> invalidFields, String problem) {
        return switch (stage) {
            case NONE, UPLOADED -> invalidFields.isEmpty() || stage == Stage.NONE ? null
                    : Texts.get("hold.fixFields", String.join(", ", invalidFields.stream()
                            .map(AttachmentHold::fieldName).toList()));
            case CHECKING, UPLOADING -> Texts.get("hold.waitForUpload");
            case FAILED -> Texts.get("hold.uploadFailed");
            case REFUSED -> Texts.get("hold.remove", problem);
        };
    }

    private static String fieldName(String field) {
        return switch (field) {
            case AttachmentOverrides.FILE_NAME -> Texts.get("hold.field.fileName");
            case AttachmentOverrides.MIME_TYPE -> Texts.get("hold.field.mimeType");
            case AttachmentOverrides.DURATION -> Texts.get("hold.field.duration");
            case AttachmentOverrides.WIDTH -> Texts.get("hold.field.width");
            case AttachmentOverrides.HEIGHT -> Texts.get("hold.field.height");
            default -> field.toLowerCase(Locale.ROOT);
        };
    }
}
