package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.ui.AttachmentQueueViewModel.TextPlacement;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * Sends the queue's uploaded files one message each, in order, as one group of files in the
 * history. It stops at the first send that fails or has no pending ID to follow: what went out
 * has left the queue, the rest stays with its reason, and the text stays until it went out.
 */
final class ComposerQueueSend {
    private final AttachmentQueueViewModel queue;
    private final Sender sender;
    private final UiExecutor ui;
    private final ObjectProperty<Draft> draft;
    private final ComposerStatus status;

    ComposerQueueSend(AttachmentQueueViewModel queue, Sender sender, UiExecutor ui, ObjectProperty<Draft> draft,
                      ComposerStatus status) {
        this.queue = queue;
        this.sender = sender;
        this.ui = ui;
        this.draft = draft;
        this.status = status;
    }

    /** @param done told on the FX thread once the sends have ended, however they ended */
    void send(Draft toSend, Consumer<Boolean> done) {
        List<QueuedFile> files = queue.ready();
        if (files.isEmpty()) {
            done.accept(false);
            return;
        }
        // What is left of a send that stopped part-way finishes in the same group.
        SendGroup earlier = files.get(0).group;
        boolean resume = earlier != null && files.stream().allMatch(f -> f.group != null
                && f.group.id().equals(earlier.id()));
        if (!resume) {
            String id = SendGroup.newId(Instant.now());
            for (int i = 0; i < files.size(); i++) {
                files.get(i).group = new SendGroup(id, SendGroup.Kind.FILES, i, files.size(), files.get(i).name());
            }
        }
        TextPlacement placement = queue.placementProperty().get();
        status.set(Texts.get("queue.sending", files.size(), toSend.chat().title()), false);
        next(new Run(toSend, files, placement, done), 0);
    }

    private record Run(Draft toSend, List<QueuedFile> files, TextPlacement placement,
                       Consumer<Boolean> done) {
        boolean textWith(int index) {
            return index == 0 || placement == TextPlacement.EACH;
        }
    }

    private void next(Run run, int index) {
        if (index == run.files().size()) {
            if (draft.get().chat() == run.toSend().chat()) {
                draft.set(draft.get().withText("").withReplyTo(null));
            }
            status.set(Texts.get("queue.sent", run.files().size(), run.toSend().chat().title()), false);
            run.done().accept(true);
            return;
        }
        QueuedFile file = run.files().get(index);
        file.set(QueuedFile.Stage.UPLOADED, null);
        Draft one = new Draft(run.toSend().chat(), run.textWith(index) ? run.toSend().text() : "",
                index == 0 ? run.toSend().replyTo() : null, file.attachment(), null);
        SendGroup group = file.group;
        status.set(Texts.get("queue.sendingFile", index + 1, run.files().size(), file.name()), false);
        ui.deliver(sender.send(one, file.name(), group), row -> {
            if (row.state() == SendState.UNKNOWN) {
                // Taken with nothing to follow: it may have arrived, so it is not sent again by itself.
                stop(run, index, file, Texts.get("queue.acceptedWithoutPending"));
                return;
            }
            queue.sent(file);
            textSent(run, index);
            next(run, index + 1);
        }, failure -> {
            status.showSendFailure(failure);
            file.set(QueuedFile.Stage.UPLOADED, Texts.get("send.notSent", Failures.describe(failure)));
            run.done().accept(false);
        });
    }

    /** With the text on the first file only, it is cleared once that file went out. */
    private void textSent(Run run, int index) {
        if (index == 0 && run.placement() == TextPlacement.FIRST && draft.get().chat() == run.toSend().chat()) {
            draft.set(draft.get().withText("").withReplyTo(null));
        }
    }

    private void stop(Run run, int index, QueuedFile file, String why) {
        queue.sent(file);
        textSent(run, index);
        status.set(Texts.get("queue.stopped", why, run.files().size() - index - 1), true);
        run.done().accept(false);
    }
}
