package com.beepercomposer.ui;

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
                    : "Fix the attachment's " + String.join(", ", invalidFields.stream()
                            .map(f -> f.toLowerCase(Locale.ROOT)).toList());
            case CHECKING, UPLOADING -> "Wait for the upload to finish";
            case FAILED -> "The upload failed: retry it or remove the attachment";
            case REFUSED -> "Remove the attachment: " + problem;
        };
    }
}
