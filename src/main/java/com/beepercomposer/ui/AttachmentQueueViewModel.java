package com.beepercomposer.ui;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.CancelSignal;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadProgress;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.compose.AttachmentCheck;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.MediaDefaults;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.ui.QueuedFile.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Several files at once, each its own message: every file is checked against the limits before
 * any of them is uploaded, then they upload one after another, each with its own progress, cancel,
 * retry and remove. Send takes the uploaded files in order ({@link ComposerQueueSend}); what went
 * out leaves the queue, what did not stays with its reason. Used from the FX thread only.
 */
public final class AttachmentQueueViewModel {
    /** Where the message's text goes: with the first file's message only, or with every one. */
    public enum TextPlacement { FIRST, EACH }

    private final BeeperClient client;
    private final UiExecutor ui;
    private final Executor io;
    private final PastedFiles pasted;
    private ChatSummary chat;

    private final ObservableList<QueuedFile> files = FXCollections.observableArrayList(
            f -> new Observable[] {f.stageProperty(), f.problemProperty()});
    private final ObjectProperty<TextPlacement> placement = new SimpleObjectProperty<>(TextPlacement.FIRST);
    private final BooleanBinding active = Bindings.isNotEmpty(files);
    private final StringBinding hold;
    private final ObjectBinding<OutgoingAttachment> first;
    private final StringBinding summary;

    public AttachmentQueueViewModel(BeeperClient client, UiExecutor ui, Executor io, PastedFiles pasted) {
        this.client = client;
        this.ui = ui;
        this.io = io;
        this.pasted = pasted;
        hold = Bindings.createStringBinding(this::holdReason, files);
        first = Bindings.createObjectBinding(() -> files.stream().map(QueuedFile::attachment)
                .filter(a -> a != null).findFirst().orElse(null), files);
        summary = Bindings.createStringBinding(this::describe, files);
    }

    // commands

    /**
     * Adds files to the queue. All of them are checked (readable, size, the chat's rules) before
     * the first upload starts; the refused ones stay on their line with the reason.
     */
    public void addAll(List<Path> paths) {
        List<QueuedFile> added = new ArrayList<>();
        for (Path path : paths) {
            if (files.stream().noneMatch(f -> f.path().equals(path))) {
                added.add(new QueuedFile(path, ui));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        files.addAll(added);
        check(added);
    }

    /** A file already uploaded elsewhere (the single attachment, when more files join it) joins as uploaded. */
    public void adopt(LocalFile file, UploadResult upload) {
        QueuedFile line = new QueuedFile(file.path(), ui);
        line.file(file);
        files.add(0, line);
        if (upload != null && upload.succeeded()) {
            line.uploaded(upload);
            io.execute(() -> {
                var facts = MediaDefaults.detect(file);
                ui.execute(() -> line.detected(facts));
            });
            String refusal = AttachmentCheck.againstChat(file, chat);
            line.set(refusal == null ? Stage.UPLOADED : Stage.REFUSED, refusal);
        } else {
            check(List.of(line));
        }
    }

    private void check(List<QueuedFile> lines) {
        ChatSummary target = chat;
        List<Path> paths = lines.stream().map(QueuedFile::path).toList();
        ui.deliver(CompletableFuture.supplyAsync(() -> paths.stream()
                .map(p -> AttachmentCheck.inspect(p, target)).toList(), io), results -> {
                    for (int i = 0; i < lines.size(); i++) {
                        QueuedFile line = lines.get(i);
                        if (!files.contains(line) || line.stage() != Stage.CHECKING) {
                            continue;
                        }
                        AttachmentCheck.Result result = results.get(i);
                        line.file(result.file());
                        line.set(result.ok() ? Stage.WAITING : Stage.REFUSED, result.refusal());
                    }
                    pump();
                }, failure -> {
                    for (QueuedFile line : lines) {
                        if (line.stage() == Stage.CHECKING) {
                            line.set(Stage.REFUSED, Failures.describe(failure));
                        }
                    }
                    pump();
                });
    }

    /** Starts the next waiting upload when none is running: one at a time, in order. */
    private void pump() {
        if (files.stream().anyMatch(f -> f.stage() == Stage.UPLOADING)) {
            return;
        }
        // While any file is still being checked, nothing is uploaded yet.
        if (files.stream().anyMatch(f -> f.stage() == Stage.CHECKING)) {
            return;
        }
        files.stream().filter(f -> f.stage() == Stage.WAITING).findFirst().ifPresent(this::upload);
    }

    private void upload(QueuedFile line) {
        LocalFile local = line.fileProperty().get();
        Latest.Ticket mine = line.latest().next();
        CancelSignal signal = new CancelSignal();
        line.cancel = signal;
        line.set(Stage.UPLOADING, null);
        UploadProgress onProgress = line.meter().start(local.size(), mine);
        mine.deliver(CompletableFuture.supplyAsync(() -> MediaDefaults.detect(local), io), line::detected,
                failure -> { });
        CompletableFuture<UploadResult> request = CompletableFuture
                .supplyAsync(() -> client.upload(local.path(), null, null, onProgress, signal), io)
                .thenCompose(upload -> upload);
        mine.deliver(request, result -> {
            line.meter().finished();
            if (!result.succeeded()) {
                line.set(Stage.FAILED, Texts.get("queue.serverRefused", result.error()));
            } else {
                line.uploaded(result);
                // The chat may have changed while the file uploaded.
                String refusal = AttachmentCheck.againstChat(local, chat);
                line.set(refusal == null ? Stage.UPLOADED : Stage.REFUSED, refusal);
            }
            pump();
        }, failure -> {
            boolean cancelled = failure instanceof ApiException api && api.kind() == ApiException.Kind.CANCELLED;
            line.meter().failed();
            line.set(Stage.FAILED, cancelled ? Texts.get("attachment.uploadCancelled")
                    : Texts.get("attachment.uploadFailed", Failures.describe(failure)));
            pump();
        });
    }

    /** Cancels this file's upload, or keeps it from starting. */
    public void cancel(QueuedFile line) {
        if (line.stage() == Stage.UPLOADING) {
            line.cancel.cancel();
        } else if (line.stage() == Stage.WAITING || line.stage() == Stage.CHECKING) {
            line.latest().cancel();
            line.set(Stage.FAILED, Texts.get("attachment.uploadCancelled"));
        }
    }

    /** Cancels every upload still to finish; what is uploaded stays. */
    public void cancelAll() {
        // The waiting ones first, so the cancelled upload does not start the next.
        for (QueuedFile line : List.copyOf(files)) {
            if (line.stage() != Stage.UPLOADING) {
                cancel(line);
            }
        }
        files.stream().filter(f -> f.stage() == Stage.UPLOADING).toList().forEach(this::cancel);
    }

    /** Checks and uploads a failed or refused file again. */
    public void retry(QueuedFile line) {
        if (line.stage() == Stage.FAILED || line.stage() == Stage.REFUSED) {
            line.meter().reset();
            line.set(Stage.CHECKING, null);
            check(List.of(line));
        }
    }

    /** Takes the file off the queue; its upload, if running, is cancelled. */
    public void remove(QueuedFile line) {
        line.latest().cancel();
        line.cancel.cancel();
        files.remove(line);
        pasted.release(line.path());
        pump();
    }

    /** Empties the queue: every upload under way is cancelled. */
    public void clear() {
        List.copyOf(files).forEach(this::remove);
    }

    /** A file that went out: it leaves the queue. */
    void sent(QueuedFile line) {
        files.remove(line);
        pasted.release(line.path());
    }

    /** The chat changed: what it accepts may differ, for files uploaded and refused alike. */
    public void chatChanged(ChatSummary newChat) {
        chat = newChat;
        for (QueuedFile line : List.copyOf(files)) {
            LocalFile local = line.fileProperty().get();
            if (local == null || line.stage() != Stage.UPLOADED && line.stage() != Stage.REFUSED) {
                continue;
            }
            String refusal = AttachmentCheck.againstChat(local, newChat);
            if (refusal != null) {
                line.set(Stage.REFUSED, refusal);
            } else if (line.stage() == Stage.REFUSED) {
                if (line.uploadResult() != null) {
                    line.set(Stage.UPLOADED, null);
                } else {
                    line.set(Stage.WAITING, null);
                }
            }
        }
        pump();
    }

    // what the composer reads

    private String holdReason() {
        if (files.isEmpty()) {
            return null;
        }
        List<QueuedFile> refused = files.stream().filter(f -> f.stage() == Stage.REFUSED).toList();
        if (!refused.isEmpty()) {
            return Texts.get("queue.hold.refused", refused.get(0).name(), refused.get(0).problemProperty().get());
        }
        long uploaded = files.stream().filter(f -> f.stage() == Stage.UPLOADED).count();
        if (files.stream().anyMatch(f -> f.stage() == Stage.FAILED)) {
            return Texts.get("queue.hold.failed");
        }
        if (uploaded < files.size()) {
            return Texts.get("queue.hold.waiting", uploaded, files.size());
        }
        return null;
    }

    private String describe() {
        long uploaded = files.stream().filter(f -> f.stage() == Stage.UPLOADED).count();
        return Texts.get("queue.summary", files.size(), uploaded);
    }

    // properties

    /** The files, in the order they will be sent. */
    public ObservableList<QueuedFile> files() {
        return files;
    }

    /** The uploaded files in order: what Send sends. */
    List<QueuedFile> ready() {
        return files.stream().filter(f -> f.stage() == Stage.UPLOADED).toList();
    }

    /** True while the queue holds files: the composer sends them instead of a single attachment. */
    public BooleanBinding activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    /** Why the queue keeps the message from being sent, or null. */
    public StringBinding holdProperty() {
        return hold;
    }

    /** The first uploaded file's attachment: tells the draft there is something to send. */
    public ObjectBinding<OutgoingAttachment> firstAttachmentProperty() {
        return first;
    }

    /** "3 files, 2 uploaded: one message each". */
    public StringBinding summaryProperty() {
        return summary;
    }

    public ObjectProperty<TextPlacement> placementProperty() {
        return placement;
    }
}
