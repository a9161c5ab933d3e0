package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
import com.beepercomposer.i18n.Texts;
import javafx.beans.property.ObjectProperty;

/**
 * The composer's side of edit mode (see {@link ComposerEditMode}): the row's text replaces the
 * draft, which is set aside and comes back when the edit is saved or cancelled.
 */
final class ComposerEditHooks {
    private final ComposerEditMode mode;
    private final ObjectProperty<Draft> draft;
    private final ComposerDrafts drafts;
    private final ComposerStatus status;
    private final UiExecutor ui;

    ComposerEditHooks(ComposerEditMode mode, ObjectProperty<Draft> draft, ComposerDrafts drafts,
                      ComposerStatus status, UiExecutor ui) {
        this.mode = mode;
        this.draft = draft;
        this.drafts = drafts;
        this.status = status;
        this.ui = ui;
    }

    /** The row's current text in the composer, in edit mode; the draft is set aside until it ends. */
    void start(MessageEdit edit) {
        mode.start(edit, draft.get());
        draft.set(draft.get().withText(edit.row().currentText() == null ? "" : edit.row().currentText())
                .withReplyTo(null));
        drafts.reopen(edit.row().chatID());
        status.set("", false);
    }

    /** Saves the edit in the background; once saved, the draft set aside comes back. */
    void save() {
        mode.save(draft.get().text(), ui, row -> {
            putBack(mode.finish());
            status.set(Texts.get("edit.saved", row.finalMessageID(), row.chatTitle()), false);
        }, failure -> status.set(Texts.get("edit.notSaved", Failures.describe(failure)), true));
    }

    /** Leaves edit mode without saving; the draft set aside comes back. */
    void cancel() {
        if (mode.isActive()) {
            putBack(mode.finish());
        }
    }

    /** What is kept as the draft: in edit mode, the draft set aside, never the edit's text. */
    Draft draftToKeep() {
        return mode.isActive() ? mode.setAside() : draft.get();
    }

    private void putBack(Draft before) {
        if (before == null) {
            return;
        }
        // An empty composer had no chat: it keeps the edited one rather than losing the chat field's choice.
        draft.set(before.chat() == null ? before.withChat(draft.get().chat()) : before);
        if (before.chat() != null) {
            drafts.reopen(before.chat().id());
        }
    }
}
