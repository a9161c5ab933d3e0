package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.SendMatrix;
import com.beepercomposer.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.stage.Window;

/**
 * Where "Send as…" starts: the composer's uploaded file and chat, the dialog, then the matrix
 * view of what it sent, following the history.
 */
final class SendAsLauncher {
    private final ComposerViewModel composer;
    private final SendMatrix matrix;
    private final HistoryViewModel history;
    private final StringBinding blocked;

    SendAsLauncher(ComposerViewModel composer, SendMatrix matrix, HistoryViewModel history) {
        this.composer = composer;
        this.matrix = matrix;
        this.history = history;
        AttachmentViewModel attachment = composer.attachment();
        blocked = Bindings.createStringBinding(() -> {
            ChatSummary chat = composer.draftProperty().get().chat();
            if (attachment.stageProperty().get() != AttachmentViewModel.Stage.UPLOADED
                    || attachment.uploadedProperty().get() == null) {
                return Texts.get("sendAs.blocked.noUpload");
            }
            if (chat == null) {
                return Texts.get("composer.chooseChatFirst");
            }
            return chat.readOnly() ? Texts.get("ready.readOnly") : "";
        }, attachment.stageProperty(), attachment.uploadedProperty(), composer.draftProperty());
    }

    /** Why "Send as…" is off, or empty when it can open. */
    StringBinding blockedProperty() {
        return blocked;
    }

    void open(Window owner) {
        if (!blocked.get().isEmpty()) {
            return;
        }
        AttachmentViewModel attachment = composer.attachment();
        LocalFile file = attachment.fileProperty().get();
        SendAsViewModel model = new SendAsViewModel(matrix, composer.draftProperty().get().chat(),
                attachment.uploadedProperty().get().uploadID(), file == null ? null : file.fileName());
        SendAsDialog.show(owner, model, run -> MatrixView.show(owner, history.matrix(run.groupID(), file)));
    }
}
