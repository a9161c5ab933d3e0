package com.beepercomposer.ui;

import com.beepercomposer.api.CancelSignal;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.MediaDefaults;
import com.beepercomposer.media.MediaFacts;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line of the attachment queue: a file, where its upload stands, its own progress, and why
 * it is held back. Its state changes on the FX thread only, through {@link AttachmentQueueViewModel}.
 */
public final class QueuedFile {
    /** Where a queued file stands; only {@link #UPLOADED} files are sent. */
    public enum Stage { CHECKING, WAITING, UPLOADING, UPLOADED, FAILED, REFUSED }

    private final Path path;
    private final Latest latest;
    private final UploadMeter meter;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.CHECKING);
    private final ReadOnlyObjectWrapper<LocalFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private UploadResult uploaded;
    private MediaFacts detected = MediaFacts.UNKNOWN;
    CancelSignal cancel = new CancelSignal();
    /** The group this file was first sent in: a send that stopped part-way goes on in it. */
    com.beepercomposer.history.SendGroup group;

    QueuedFile(Path path, UiExecutor ui) {
        this.path = path;
        this.latest = new Latest(ui);
        this.meter = new UploadMeter(ui);
    }

    public Path path() {
        return path;
    }

    /** The name the line shows: the checked file's, or the path's before the check. */
    public String name() {
        return file.get() != null ? file.get().fileName() : String.valueOf(path.getFileName());
    }

    /** The message's attachment, its type and size defaulting from the detected media; null until uploaded. */
    public OutgoingAttachment attachment() {
        return stage.get() == Stage.UPLOADED && uploaded != null
                ? MediaDefaults.withFacts(AttachmentOverrides.NONE, detected).apply(uploaded.uploadID()) : null;
    }

    public UploadResult uploadResult() {
        return uploaded;
    }

    void uploaded(UploadResult result) {
        uploaded = result;
    }

    void detected(MediaFacts facts) {
        detected = facts;
    }

    void set(Stage now, String why) {
        problem.set(why == null ? "" : why);
        stage.set(now);
    }

    void file(LocalFile checked) {
        file.set(checked);
    }

    Latest latest() {
        return latest;
    }

    UploadMeter meter() {
        return meter;
    }

    public Stage stage() {
        return stage.get();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return meter.fractionProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return meter.textProperty();
    }
}
