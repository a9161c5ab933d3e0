package com.beepercomposer.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the composer tells the person about its last command: the status line (with the request
 * behind a failed send) and the message under each field a failed send blamed.
 */
final class ComposerStatus {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper isError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper replyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attachmentError = new ReadOnlyStringWrapper("");

    void set(String text, boolean error) {
        details.set("");
        status.set(text);
        isError.set(error);
    }

    /** The status says why the send failed; each field it blames shows its own message. */
    void showSendFailure(Throwable failure) {
        SendFailureReport report = SendFailureReport.of(failure);
        report.fieldErrors().forEach((field, message) -> {
            switch (field) {
                case SendFailureReport.TEXT -> textError.set(message);
                case SendFailureReport.REPLY -> replyError.set(message);
                default -> attachmentError.set(message);
            }
        });
        set(report.status(), true);
        details.set(Failures.details(failure));
    }

    void textError(String message) {
        textError.set(message);
    }

    void replyError(String message) {
        replyError.set(message);
    }

    void attachmentError(String message) {
        attachmentError.set(message);
    }

    /** Another chat's draft is open: the field messages were about the one left. */
    void clearFieldErrors() {
        textError.set("");
        replyError.set("");
        attachmentError.set("");
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty isErrorProperty() {
        return isError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty replyErrorProperty() {
        return replyError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty attachmentErrorProperty() {
        return attachmentError.getReadOnlyProperty();
    }
}
