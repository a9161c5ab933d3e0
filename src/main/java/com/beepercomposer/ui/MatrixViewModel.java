package com.beepercomposer.ui;

import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.MatrixExport;
import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.Subscription;
import com.beepercomposer.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One "Send as…" matrix: a line per variant, in the group's order, following the history live
 * until {@link #close()}; and its export.
 */
public final class MatrixViewModel {
    private static final Comparator<MatrixLine> ORDER = Comparator.comparingInt(MatrixLine::index)
            .thenComparingLong(MatrixLine::rowID);

    private final String groupID;
    private final LocalFile localFile;
    private final UiExecutor ui;
    private final Executor files;
    private final Subscription changes;
    private final ObservableList<MatrixLine> lines = FXCollections.observableArrayList();
    /** Rows seen live: the stored copy read at the start may be older, and must not replace them. */
    private final Set<Long> live = new HashSet<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Texts.get("matrix.title"));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper closed = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final StringBinding summary;
    private final BooleanBinding allSettled;
    private int expected;
    private final Function<String, CompletableFuture<byte[]>> assets;
    private ThumbnailPictures pictures;

    /**
     * @param localFile the file as picked, for a thumbnail when the server's cannot be shown; null
     *                  when opened from the history
     * @param assets    the bytes at an attachment's {@code http(s)} address, through the API client
     */
    MatrixViewModel(HistoryViewModel history, String groupID, LocalFile localFile, UiExecutor ui, Executor files,
                    Function<String, CompletableFuture<byte[]>> assets) {
        this.assets = assets;
        this.groupID = groupID;
        this.localFile = localFile;
        this.ui = ui;
        this.files = files;
        summary = Bindings.createStringBinding(this::describe, lines);
        allSettled = Bindings.createBooleanBinding(() -> !lines.isEmpty() && lines.size() >= expected
                && lines.stream().allMatch(MatrixLine::settled), lines);
        changes = history.follow(record -> {
            if (inGroup(record)) {
                live.add(record.id());
                upsert(record);
            }
        });
        ui.deliver(history.groupRows(groupID), stored -> stored.stream()
                .filter(r -> !live.contains(r.id())).forEach(this::upsert),
                failure -> notice.set(Texts.get("matrix.readFailed", Failures.describe(failure))));
    }

    /** Stops following the history, which outlives this window; the window closes with it. */
    public void close() {
        changes.cancel();
        closed.set(true);
    }

    /** True once closed: by its window, or by the history it follows (a connection switch). */
    public javafx.beans.property.ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    private boolean inGroup(SendRecord record) {
        return record.group() != null && record.group().id().equals(groupID);
    }

    private void upsert(SendRecord record) {
        MatrixLine line = MatrixLine.of(record);
        expected = Math.max(expected, record.group().size());
        if (record.chatTitle() != null && lines.isEmpty()) {
            title.set(Texts.get("matrix.titleOf", record.attachmentName() == null ? Texts.get("matrix.file")
                    : record.attachmentName(), record.chatTitle()));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).rowID() == line.rowID()) {
                lines.set(i, line);
                return;
            }
        }
        int at = 0;
        while (at < lines.size() && ORDER.compare(lines.get(at), line) < 0) {
            at++;
        }
        lines.add(at, line);
    }

    /** "3 variants: 2 sent, 1 failed" while some are still on their way: "…, 1 pending". */
    private String describe() {
        int sent = 0;
        int failed = 0;
        int open = 0;
        int other = 0;
        for (MatrixLine line : lines) {
            SendState state = SendState.valueOf(line.state());
            if (!line.settled()) {
                open++;
            } else if (state == SendState.SENT) {
                sent++;
            } else if (state == SendState.FAILED_PERMANENT || state == SendState.FAILED_RETRIABLE
                    || state == SendState.REJECTED) {
                failed++;
            } else {
                other++;
            }
        }
        int waiting = Math.max(0, expected - lines.size()) + open;
        List<String> parts = new ArrayList<>();
        parts.add(Texts.get("group.sent", sent));
        if (failed > 0) {
            parts.add(Texts.get("group.failed", failed));
        }
        if (other > 0) {
            parts.add(Texts.get("matrix.other", other));
        }
        if (waiting > 0) {
            parts.add(Texts.get("matrix.onTheWay", waiting));
        }
        int total = Math.max(expected, lines.size());
        return Texts.get("matrix.summary", total, String.join(", ", parts));
    }

    /**
     * Where a line's thumbnail comes from, best first: the final attachment's {@code srcURL} when
     * the server says it is an image and gives a file or web address, then the picked file when it
     * is an image. Empty when neither can show.
     */
    public List<Thumbnail> thumbnails(MatrixLine line) {
        List<Thumbnail> found = new ArrayList<>();
        String mime = line.finalMimeType();
        if (line.srcURL() != null && mime != null && mime.toLowerCase(Locale.ROOT).startsWith("image/")) {
            try {
                URI address = URI.create(line.srcURL());
                String scheme = address.getScheme();
                if ("file".equals(scheme) && isLocal(address) || "http".equals(scheme) || "https".equals(scheme)) {
                    found.add(new Thumbnail(line.srcURL(), Texts.get("matrix.source.server")));
                }
            } catch (IllegalArgumentException e) {
                // not an address: nothing to fetch
            }
        }
        if (localFile != null && localFile.mimeType() != null && localFile.mimeType().startsWith("image/")) {
            found.add(new Thumbnail(localFile.path().toUri().toString(), Texts.get("matrix.source.local")));
        }
        return found;
    }

    /** A file on this machine: a {@code file:} address with another host would be fetched over the network. */
    private static boolean isLocal(URI file) {
        String host = file.getHost();
        return host == null || host.isEmpty() || "localhost".equalsIgnoreCase(host);
    }

    /** The picture at a {@link Thumbnail#url()}, loaded once for every cell that shows it. */
    ThumbnailPictures.Picture picture(String url) {
        if (pictures == null) {
            pictures = new ThumbnailPictures(assets, files, ui);
        }
        return pictures.of(url);
    }

    /** A picture for a line and where it comes from, said in its tooltip. */
    public record Thumbnail(String url, String source) {
    }

    /** Writes the lines as they are now; the format follows the file's extension. */
    public CompletableFuture<Path> export(Path file) {
        List<MatrixLine> snapshot = List.copyOf(lines);
        ExportFormat format = ExportFormat.forFile(file);
        CompletableFuture<Path> done = CompletableFuture.supplyAsync(() -> {
            try {
                MatrixExport.writeFile(snapshot, format, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, files);
        ui.deliver(done, path -> notice.set(Texts.get("matrix.exported", snapshot.size(), format.label(),
                path.getFileName().toString())),
                failure -> notice.set(Texts.get("history.exportFailed", Failures.describe(failure))));
        return done;
    }

    // properties

    public ObservableList<MatrixLine> lines() {
        return lines;
    }

    public String groupID() {
        return groupID;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    /** True once every variant of the group has a row and every row has settled. */
    public BooleanBinding allSettledProperty() {
        return allSettled;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
