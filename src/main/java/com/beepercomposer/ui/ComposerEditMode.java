package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The composer's edit mode: which sent message its Send now saves, and the draft it set aside
 * to do so, which comes back when the edit is saved or cancelled.
 */
final class ComposerEditMode {
    private final ReadOnlyObjectWrapper<MessageEdit> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanBinding active = editing.isNotNull();
    private final StringBinding banner = Bindings.createStringBinding(
            () -> editing.get() == null ? "" : editing.get().banner(), editing);
    private final StringBinding sendLabel = Bindings.createStringBinding(
            () -> Texts.get(editing.get() == null ? "composer.sendButton" : "edit.saveButton"), editing);
    private Draft setAside;

    /** Starts editing; a second edit replaces the first but keeps the draft set aside by the first. */
    void start(MessageEdit edit, Draft current) {
        if (editing.get() == null) {
            setAside = current;
        }
        editing.set(edit);
    }

    /** Leaves edit mode; returns the draft to put back. */
    Draft finish() {
        Draft back = setAside;
        setAside = null;
        editing.set(null);
        saving.set(false);
        return back;
    }

    boolean isActive() {
        return editing.get() != null;
    }

    /** Why the edit cannot be saved with this text now, or null. */
    String blockedReason(String text) {
        return saving.get() ? Texts.get("edit.saving") : text.isBlank() ? Texts.get("edit.writeText") : null;
    }

    /** As {@link #blockedReason}, empty instead of null, for a label. */
    String reasonText(String text) {
        String reason = blockedReason(text);
        return reason == null ? "" : reason;
    }

    /**
     * Saves the edit through the history's command, once: while it is on its way, Save is off.
     * A refusal leaves edit mode on, with the text as typed, for another try.
     */
    void save(String text, UiExecutor ui, Consumer<SendRecord> saved, Consumer<Throwable> failed) {
        if (editing.get() == null || blockedReason(text) != null) {
            return;
        }
        saving.set(true);
        ui.deliver(editing.get().save().apply(text), saved, failure -> {
            saving.set(false);
            failed.accept(failure);
        });
    }

    /** "Send", or "Save edit" in edit mode. */
    StringBinding sendLabel() {
        return sendLabel;
    }

    /** The draft that comes back when the edit ends. */
    Draft setAside() {
        return setAside;
    }

    ReadOnlyObjectProperty<MessageEdit> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    BooleanBinding activeProperty() {
        return active;
    }

    /** "Editing message m1 in Alice Martin", empty when not editing. */
    StringBinding bannerProperty() {
        return banner;
    }
}
