package com.beepercomposer.ui;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.CancelSignal;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadProgress;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.compose.AttachmentCheck;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.SavedAttachment;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.MediaDefaults;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.Sizes;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.media.MediaFacts;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One attachment from pick to upload ID: local checks, a streamed upload with progress,
 * cancel and retry, what the server detected, and the overrides the person sets. The composer
 * reads {@link #attachmentProperty()} and {@link #holdProperty()} into its draft. Replacing an
 * attachment asks first; a pasted image's temporary file is deleted once it is no longer attached.
 */
public final class AttachmentViewModel {
    public enum Stage { NONE, CHECKING, UPLOADING, UPLOADED, FAILED, REFUSED }

    private final BeeperClient client;
    private final UiExecutor ui;
    private final Executor io;
    private final Dialogs dialogs;
    private final PastedFiles pasted;
    private final Latest latest;
    private final UploadMeter meter;
    private ChatSummary chat;

    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.NONE);
    private final ReadOnlyObjectWrapper<LocalFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UploadResult> uploaded = new ReadOnlyObjectWrapper<>();
    /** The picked file's own length and size: the defaults of the blank overrides (see {@link MediaDefaults}). */
    private final ReadOnlyObjectWrapper<MediaFacts> detected = new ReadOnlyObjectWrapper<>(MediaFacts.UNKNOWN);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final OverridesForm overrides = new OverridesForm();
    private final ObjectBinding<OutgoingAttachment> attachment;
    private final StringBinding hold;

    private final AttachmentQueueViewModel queue;

    private CancelSignal cancel = new CancelSignal();
    /** While a chat switch swaps attachments: the one let go still belongs to the other chat's draft. */
    private boolean swapping;

    /**
     * @param dialogs asks before an attachment is replaced
     * @param pasted makes pasted images into files, and deletes them once they are let go
     */
    public AttachmentViewModel(BeeperClient client, UiExecutor ui, Executor io, Dialogs dialogs,
                               PastedFiles pasted) {
        this.client = client;
        this.ui = ui;
        this.io = io;
        this.dialogs = dialogs;
        this.pasted = pasted;
        this.latest = new Latest(ui);
        this.meter = new UploadMeter(ui);
        this.queue = new AttachmentQueueViewModel(client, ui, io, pasted);
        var errors = overrides.errorsProperty();
        // While several files are queued, the queue stands for the attachment (see AttachmentQueueViewModel).
        attachment = Bindings.createObjectBinding(() -> queue.isActive() ? queue.firstAttachmentProperty().get()
                : stage.get() == Stage.UPLOADED && uploaded.get() != null && errors.get().isEmpty()
                ? MediaDefaults.withFacts(overrides.valueProperty().get(), detected.get()).apply(uploaded.get().uploadID())
                : null, stage, uploaded, overrides.valueProperty(), errors, detected, queue.activeProperty(),
                queue.firstAttachmentProperty());
        hold = Bindings.createStringBinding(() -> queue.isActive() ? queue.holdProperty().get()
                : AttachmentHold.reason(stage.get(), errors.get().keySet(), problem.get()), stage, errors,
                queue.activeProperty(), queue.holdProperty());
        file.addListener((obs, old, now) -> {
            if (!swapping && old != null && (now == null || !now.path().equals(old.path()))) {
                pasted.release(old.path());
            }
        });
    }

    // commands

    /** Attaches a file; when one is already attached, asks before replacing it. */
    public void offer(Path path) {
        if (queue.isActive()) {
            queue.addAll(java.util.List.of(path));
            return;
        }
        if (stage.get() == Stage.NONE) {
            pick(path);
            return;
        }
        Dialogs.Confirmation question = new Dialogs.Confirmation(Texts.get("attachment.replace.title"),
                Texts.get("attachment.replace.header"),
                Texts.get("attachment.replace.question", describeFile(file.get()), path.getFileName().toString()),
                Texts.get("attachment.replace.button"));
        ui.deliver(dialogs.confirm(question), replace -> {
            if (replace) {
                pick(path);
            } else {
                pasted.release(path);
            }
        }, failure -> pasted.release(path));
    }

    /**
     * Several files picked, dropped or pasted at once go to the queue, one message each; a file
     * already attached joins them, upload and all. One file alone is attached as {@link #offer} does.
     */
    public void offerAll(java.util.List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (paths.size() == 1 && !queue.isActive()) {
            offer(paths.get(0));
            return;
        }
        if (!queue.isActive() && file.get() != null && stage.get() != Stage.NONE) {
            LocalFile current = file.get();
            UploadResult done = stage.get() == Stage.UPLOADED ? uploaded.get() : null;
            // The queue takes the file over: a pasted image must not be deleted as it leaves here.
            restart();
            swapping = true;
            try {
                file.set(null);
            } finally {
                swapping = false;
            }
            stage.set(Stage.NONE);
            overrides.clear();
            queue.adopt(current, done);
        }
        queue.addAll(paths);
    }

    /** Several files, one message each, while more than one is attached. */
    public AttachmentQueueViewModel queue() {
        return queue;
    }

    /** A pasted image (ARGB pixels): written as a PNG file off the UI thread, then offered. */
    public void offerImage(int width, int height, int[] argb) {
        ui.deliver(pasted.savePng(width, height, argb), this::offer,
                failure -> refuse(Texts.get("attachment.pasteFailed", Failures.describe(failure))));
    }

    /** Checks the file on disk, then uploads it at once; replaces any current attachment. */
    public void pick(Path path) {
        Latest.Ticket mine = restart();
        stage.set(Stage.CHECKING);
        pickChecked(path, mine);
    }

    private void pickChecked(Path path, Latest.Ticket mine) {
        ChatSummary target = chat;
        mine.deliver(CompletableFuture.supplyAsync(() -> AttachmentCheck.inspect(path, target), io), result -> {
            if (!result.ok()) {
                file.set(result.file());
                problem.set(result.refusal());
                stage.set(Stage.REFUSED);
                return;
            }
            file.set(result.file());
            upload(mine);
        }, failure -> {
            problem.set(Failures.describe(failure));
            stage.set(Stage.REFUSED);
        });
    }

    /** Something went wrong before there was a file to check (e.g. a paste could not be saved). */
    public void refuse(String reason) {
        restart();
        file.set(null);
        problem.set(reason);
        stage.set(Stage.REFUSED);
    }

    public void cancel() {
        if (stage.get() == Stage.UPLOADING) {
            cancel.cancel();
        }
    }

    public void retry() {
        if (file.get() != null && (stage.get() == Stage.FAILED || stage.get() == Stage.REFUSED)) {
            pick(file.get().path());
        }
    }

    /** Drops the attachment; an upload under way is cancelled first. */
    public void remove() {
        restart();
        file.set(null);
        stage.set(Stage.NONE);
        overrides.clear();
    }

    /**
     * The attachment as another chat's draft keeps it: the file, the finished upload (null while
     * it was not finished) and the overrides. Null when nothing is attached.
     */
    public SavedAttachment snapshot() {
        LocalFile current = file.get();
        if (current == null) {
            return null;
        }
        UploadResult done = stage.get() == Stage.UPLOADED || stage.get() == Stage.REFUSED ? uploaded.get() : null;
        return SavedAttachment.of(current, done, overrides.valueProperty().get());
    }

    /**
     * Puts another chat's attachment in place of this one, for {@code newChat}, without deleting
     * the one let go (its draft keeps it). An upload that had not finished starts again.
     */
    public void restore(SavedAttachment saved, ChatSummary newChat) {
        chat = newChat;
        queue.chatChanged(newChat);
        Latest.Ticket mine = restart();
        swapping = true;
        try {
            file.set(saved == null ? null : saved.file());
        } finally {
            swapping = false;
        }
        AttachmentOverrides values = saved == null ? AttachmentOverrides.NONE : saved.overrides();
        overrides.set(values);
        if (saved == null) {
            stage.set(Stage.NONE);
        } else if (saved.upload() != null && saved.upload().succeeded()) {
            uploaded.set(saved.upload());
            String refusal = AttachmentCheck.againstChat(saved.file(), newChat);
            problem.set(refusal == null ? "" : refusal);
            stage.set(refusal == null ? Stage.UPLOADED : Stage.REFUSED);
        } else {
            stage.set(Stage.CHECKING);
            pickChecked(saved.file().path(), mine);
        }
    }

    /** The chat changed: what it accepts may differ. */
    public void chatChanged(ChatSummary newChat) {
        chat = newChat;
        queue.chatChanged(newChat);
        LocalFile current = file.get();
        if (current != null && (stage.get() == Stage.UPLOADED || stage.get() == Stage.REFUSED)) {
            String refusal = AttachmentCheck.againstChat(current, newChat);
            if (refusal != null) {
                problem.set(refusal);
                stage.set(Stage.REFUSED);
            } else if (stage.get() == Stage.REFUSED && uploaded.get() != null) {
                problem.set("");
                stage.set(Stage.UPLOADED);
            } else if (stage.get() == Stage.REFUSED) {
                pick(current.path());
            }
        }
    }

    private void upload(Latest.Ticket mine) {
        LocalFile local = file.get();
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        stage.set(Stage.UPLOADING);
        UploadProgress onProgress = meter.start(local.size(), mine);
        detected.set(MediaFacts.UNKNOWN);
        mine.deliver(CompletableFuture.supplyAsync(() -> MediaDefaults.detect(local), io), detected::set, failure -> { });
        // Starting an upload looks at the file on disk: not on the FX thread.
        CompletableFuture<UploadResult> request = CompletableFuture
                .supplyAsync(() -> client.upload(local.path(), null, null, onProgress, signal), io)
                .thenCompose(upload -> upload);
        mine.deliver(request, result -> {
            uploaded.set(result);
            meter.finished();
            // The chat may have changed while the file was checked and uploaded.
            String refusal = AttachmentCheck.againstChat(local, chat);
            problem.set(refusal == null ? "" : refusal);
            stage.set(refusal == null ? Stage.UPLOADED : Stage.REFUSED);
        }, failure -> {
            boolean cancelled = failure instanceof ApiException api && api.kind() == ApiException.Kind.CANCELLED;
            problem.set(cancelled ? Texts.get("attachment.uploadCancelled")
                    : Texts.get("attachment.uploadFailed", Failures.describe(failure)));
            meter.failed();
            stage.set(Stage.FAILED);
        });
    }

    private Latest.Ticket restart() {
        cancel.cancel();
        uploaded.set(null);
        problem.set("");
        meter.reset();
        return latest.next();
    }

    /** The file as the composer names it: "photo.png (1.2 MB, image/png)". */
    public static String describeFile(LocalFile local) {
        return local == null ? "" : Texts.get("attachment.file", local.fileName(),
                Sizes.humanInLanguage(local.size()), local.mimeType());
    }

    // properties

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UploadResult> uploadedProperty() {
        return uploaded.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return meter.fractionProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return meter.textProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The overrides form: type, file name, MIME type, duration, size. */
    public OverridesForm overrides() {
        return overrides;
    }

    /** The request's attachment once uploaded with valid overrides, else null. */
    public ObjectBinding<OutgoingAttachment> attachmentProperty() {
        return attachment;
    }

    /** Why the attachment keeps the message from being sent, or null. */
    public StringBinding holdProperty() {
        return hold;
    }

    public boolean hasAttachment() {
        return stage.get() != Stage.NONE || queue.isActive();
    }
}
