package com.beepercomposer.ui;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.CancelSignal;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadProgress;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.compose.AttachmentCheck;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.Sizes;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One attachment from pick to upload ID: local checks, a streamed upload with progress,
 * cancel and retry, what the server detected, and the overrides the person sets. The composer
 * reads {@link #attachmentProperty()} and {@link #holdProperty()} into its draft.
 */
public final class AttachmentViewModel {
    public enum Stage { NONE, CHECKING, UPLOADING, UPLOADED, FAILED, REFUSED }

    private final BeeperClient client;
    private final UiExecutor ui;
    private final Executor io;
    private ChatSummary chat;

    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.NONE);
    private final ReadOnlyObjectWrapper<LocalFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UploadResult> uploaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final ObjectProperty<AttachmentType> type = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty mimeType = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty width = new SimpleStringProperty("");
    private final StringProperty height = new SimpleStringProperty("");

    private final ObjectBinding<AttachmentOverrides> overrides;
    private final ObjectBinding<Map<String, String>> overrideErrors;
    private final ObjectBinding<OutgoingAttachment> attachment;
    private final StringBinding hold;

    private long generation;
    private CancelSignal cancel = new CancelSignal();

    public AttachmentViewModel(BeeperClient client, UiExecutor ui, Executor io) {
        this.client = client;
        this.ui = ui;
        this.io = io;
        overrides = Bindings.createObjectBinding(() -> new AttachmentOverrides(type.get(), fileName.get(),
                mimeType.get(), duration.get(), width.get(), height.get()), type, fileName, mimeType, duration,
                width, height);
        overrideErrors = Bindings.createObjectBinding(() -> overrides.get().errors(), overrides);
        attachment = Bindings.createObjectBinding(() -> stage.get() == Stage.UPLOADED && uploaded.get() != null
                && overrideErrors.get().isEmpty() ? overrides.get().apply(uploaded.get().uploadID()) : null,
                stage, uploaded, overrides, overrideErrors);
        hold = Bindings.createStringBinding(this::holdReason, stage, overrideErrors);
    }

    // commands

    /** Checks the file on disk, then uploads it at once; replaces any current attachment. */
    public void pick(Path path) {
        long mine = restart();
        stage.set(Stage.CHECKING);
        ChatSummary target = chat;
        ui.deliver(CompletableFuture.supplyAsync(() -> AttachmentCheck.inspect(path, target), io), result -> {
            if (mine != generation) {
                return;
            }
            if (!result.ok()) {
                file.set(result.file());
                problem.set(result.refusal());
                stage.set(Stage.REFUSED);
                return;
            }
            file.set(result.file());
            upload(mine);
        }, failure -> {
            if (mine == generation) {
                problem.set(Failures.describe(failure));
                stage.set(Stage.REFUSED);
            }
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
        type.set(null);
        fileName.set("");
        mimeType.set("");
        duration.set("");
        width.set("");
        height.set("");
    }

    /** The chat changed: what it accepts may differ. */
    public void chatChanged(ChatSummary newChat) {
        chat = newChat;
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

    private void upload(long mine) {
        LocalFile local = file.get();
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        stage.set(Stage.UPLOADING);
        progress.set(0);
        progressText.set("Starting upload of " + Sizes.human(local.size()) + "…");
        long started = System.nanoTime();
        AtomicLong latest = new AtomicLong();
        AtomicBoolean queued = new AtomicBoolean();
        UploadProgress onProgress = (sent, total) -> {
            latest.set(sent);
            // Chunks arrive by the thousand: hand over at most one update at a time.
            if (queued.compareAndSet(false, true)) {
                ui.execute(() -> {
                    queued.set(false);
                    if (mine == generation) {
                        long now = latest.get();
                        progress.set(total > 0 ? (double) now / total : -1);
                        progressText.set(Sizes.progress(Math.min(now, total), total, System.nanoTime() - started));
                    }
                });
            }
        };
        // Starting an upload looks at the file on disk: not on the FX thread.
        CompletableFuture<UploadResult> request = CompletableFuture
                .supplyAsync(() -> client.upload(local.path(), null, null, onProgress, signal), io)
                .thenCompose(upload -> upload);
        ui.deliver(request, result -> {
            if (mine != generation) {
                return;
            }
            uploaded.set(result);
            progress.set(1);
            progressText.set("");
            // The chat may have changed while the file was checked and uploaded.
            String refusal = AttachmentCheck.againstChat(local, chat);
            problem.set(refusal == null ? "" : refusal);
            stage.set(refusal == null ? Stage.UPLOADED : Stage.REFUSED);
        }, failure -> {
            if (mine != generation) {
                return;
            }
            boolean cancelled = failure instanceof ApiException api && api.kind() == ApiException.Kind.CANCELLED;
            problem.set(cancelled ? "Upload cancelled" : "Upload failed: " + Failures.describe(failure));
            progressText.set("");
            stage.set(Stage.FAILED);
        });
    }

    private long restart() {
        cancel.cancel();
        uploaded.set(null);
        problem.set("");
        progress.set(0);
        progressText.set("");
        return ++generation;
    }

    private String holdReason() {
        return switch (stage.get()) {
            case NONE, UPLOADED -> overrideErrors.get().isEmpty() || stage.get() == Stage.NONE ? null
                    : "Fix the attachment's " + String.join(", ", overrideErrors.get().keySet().stream()
                            .map(f -> f.toLowerCase(Locale.ROOT)).toList());
            case CHECKING, UPLOADING -> "Wait for the upload to finish";
            case FAILED -> "The upload failed: retry it or remove the attachment";
            case REFUSED -> "Remove the attachment: " + problem.get();
        };
    }

    /** What the server detected, in one line: "photo.png · image/png · 1.2 MB · 640×480". */
    public static String describe(UploadResult result) {
        StringBuilder out = new StringBuilder();
        append(out, result.fileName());
        append(out, result.mimeType());
        append(out, result.fileSize() == null ? null : Sizes.human(result.fileSize()));
        if (result.width() != null && result.height() != null) {
            append(out, result.width() + "\u00d7" + result.height());
        }
        if (result.duration() != null) {
            append(out, String.format(Locale.ROOT, "%.1f s", result.duration()));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (part != null && !part.isBlank()) {
            out.append(out.length() == 0 ? "" : " \u00b7 ").append(part);
        }
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
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<AttachmentType> typeProperty() {
        return type;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty mimeTypeProperty() {
        return mimeType;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }

    public ObjectBinding<Map<String, String>> overrideErrorsProperty() {
        return overrideErrors;
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
        return stage.get() != Stage.NONE;
    }
}
