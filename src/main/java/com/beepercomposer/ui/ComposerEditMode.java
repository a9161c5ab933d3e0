package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
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

    /** The draft that comes back when the edit ends. */
    Draft setAside() {
        return setAside;
    }

    MessageEdit current() {
        return editing.get();
    }

    void setSaving(boolean now) {
        saving.set(now);
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
