package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.DraftSync;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.i18n.Texts;
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
            show(Texts.get(draft.attachment() != null ? "beeper.savedWithAttachment" : "beeper.saved", title), false);
        }, failure -> fail(Texts.get("beeper.saveFailed", Failures.describe(failure))));
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
                show(remote.attachments() > 0 ? Texts.get("beeper.onlyAttachment")
                        : Texts.get("beeper.noDraft"), false);
                return;
            }
            Draft now = composer.draftProperty().get();
            if (!now.hasText() || now.text().equals(remote.text())) {
                take(chatID, remote);
                return;
            }
            Dialogs.Confirmation question = new Dialogs.Confirmation(Texts.get("beeper.load.title"),
                    Texts.get("beeper.load.header"),
                    Texts.get("beeper.load.question") + "\n\n" + remote.text(), Texts.get("beeper.load.button"));
            ui.deliver(dialogs.confirm(question), replace -> {
                if (replace) {
                    take(chatID, remote);
                } else {
                    busy.set(false);
                    show(Texts.get("beeper.kept"), false);
                }
            }, failure -> fail(Texts.get("beeper.askFailed", Failures.describe(failure))));
        }, failure -> fail(Texts.get("beeper.loadFailed", Failures.describe(failure))));
    }

    private void take(String chatID, DraftSync.RemoteDraft remote) {
        busy.set(false);
        Draft now = composer.draftProperty().get();
        if (now.chat() == null || !now.chat().id().equals(chatID)) {
            show(Texts.get("beeper.otherChat"), true);
            return;
        }
        composer.setText(remote.text());
        show(Texts.get(remote.attachments() > 0 ? "beeper.loadedAttachmentStays" : "beeper.loaded"), false);
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
                show(Texts.get("beeper.opened", title), false);
            } else {
                show(Texts.get("beeper.notOpened"), true);
            }
        }, failure -> fail(Texts.get("beeper.openFailed", Failures.describe(failure))));
    }

    private boolean start(Draft draft) {
        if (busy.get()) {
            return false;
        }
        if (draft.chat() == null) {
            show(Texts.get("composer.chooseChatFirst"), true);
            return false;
        }
        busy.set(true);
        show(Texts.get("beeper.talking"), false);
        return true;
    }

    private void fail(String text) {
        busy.set(false);
        show(text, true);
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
