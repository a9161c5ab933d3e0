package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.DraftSync;
import com.beepercomposer.compose.LocalFile;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open chat's draft and Beeper Desktop: Save to Beeper (set the chat's draft there), Load
 * from Beeper (take its draft into the editor, asking before replacing local text) and Open in
 * Beeper (its own composer, prefilled). One at a time; the outcome is the status line.
 */
public final class BeeperDraftViewModel {
    private final ComposerViewModel composer;
    private final DraftSync sync;
    private final UiExecutor ui;
    private final Dialogs dialogs;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper();

    public BeeperDraftViewModel(ComposerViewModel composer, DraftSync sync, UiExecutor ui, Dialogs dialogs) {
        this.composer = composer;
        this.sync = sync;
        this.ui = ui;
        this.dialogs = dialogs;
        composer.draftProperty().addListener((obs, old, now) -> {
            if (old.chat() != now.chat() && !busy.get()) {
                show("", false);
            }
        });
    }

    /** Puts the text, and the attachment once uploaded, into the chat's draft in Beeper Desktop. */
    public void saveToBeeper() {
        Draft draft = composer.draftProperty().get();
        if (!start(draft)) {
            return;
        }
        String title = draft.chat().title();
        ui.deliver(sync.save(draft.chat().id(), draft.text(), draft.attachment()), chat -> {
            busy.set(false);
            show("Saved to Beeper as the draft of " + title
                    + (draft.attachment() != null ? ", with the attachment" : ""), false);
        }, failure -> fail("Could not save the draft to Beeper: ", failure));
    }

    /** Takes the chat's draft in Beeper into the editor; asks first when that replaces local text. */
    public void loadFromBeeper() {
        Draft draft = composer.draftProperty().get();
        if (!start(draft)) {
            return;
        }
        String chatID = draft.chat().id();
        ui.deliver(sync.load(chatID), remote -> {
            if (remote.text().isBlank()) {
                busy.set(false);
                show(remote.attachments() > 0 ? "The draft in Beeper has only an attachment: nothing to load as text"
                        : "This chat has no draft in Beeper", false);
                return;
            }
            Draft now = composer.draftProperty().get();
            if (!now.hasText() || now.text().equals(remote.text())) {
                take(chatID, remote);
                return;
            }
            Dialogs.Confirmation question = new Dialogs.Confirmation("Load from Beeper",
                    "Replace your draft with the one in Beeper?",
                    "Your text here will be replaced by:\n\n" + remote.text(), "Replace");
            ui.deliver(dialogs.confirm(question), replace -> {
                if (replace) {
                    take(chatID, remote);
                } else {
                    busy.set(false);
                    show("Kept your draft; nothing was loaded", false);
                }
            }, failure -> fail("Could not ask: ", failure));
        }, failure -> fail("Could not load the draft from Beeper: ", failure));
    }

    private void take(String chatID, DraftSync.RemoteDraft remote) {
        busy.set(false);
        Draft now = composer.draftProperty().get();
        if (now.chat() == null || !now.chat().id().equals(chatID)) {
            show("Another chat was opened meanwhile: nothing was loaded", true);
            return;
        }
        composer.setText(remote.text());
        show("Loaded the draft from Beeper" + (remote.attachments() > 0
                ? " (its attachment stays in Beeper)" : ""), false);
    }

    /** Opens the chat in Beeper Desktop's own composer with the text, attachment file and reply. */
    public void openInBeeper() {
        Draft draft = composer.draftProperty().get();
        if (!start(draft)) {
            return;
        }
        LocalFile file = composer.attachment().fileProperty().get();
        String title = draft.chat().title();
        ui.deliver(sync.open(draft.chat().id(), draft.replyTo() == null ? null : draft.replyTo().messageID(),
                draft.text(), file == null ? null : file.path().toAbsolutePath().toString()), done -> {
            busy.set(false);
            if (done) {
                show("Opened " + title + " in Beeper Desktop with this draft", false);
            } else {
                show("Beeper Desktop did not open the chat", true);
            }
        }, failure -> fail("Could not open the chat in Beeper: ", failure));
    }

    private boolean start(Draft draft) {
        if (busy.get()) {
            return false;
        }
        if (draft.chat() == null) {
            show("Choose a chat first", true);
            return false;
        }
        busy.set(true);
        show("Talking to Beeper…", false);
        return true;
    }

    private void fail(String what, Throwable failure) {
        busy.set(false);
        show(what + Failures.describe(failure), true);
    }

    private void show(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    // properties

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }
}
