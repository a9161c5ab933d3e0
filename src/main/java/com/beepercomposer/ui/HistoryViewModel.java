package com.beepercomposer.ui;

import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.CurlCommand;
import com.beepercomposer.history.ExportFormat;
import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.Subscription;
import com.beepercomposer.work.Workers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The history table's rows, newest first, kept in step with the send log, and the commands on
 * them. A status change replaces one row's record and nothing else: the list reports it as an
 * update of that one element, so filtering and sorting re-check that row only.
 */
public final class HistoryViewModel {
    private final SendLog log;
    private final Sender sender;
    private final ComposerBridge composer;
    private final ConnectionRef current;
    private final UiExecutor ui;
    private final Workers workers;
    private final Subscription changes;

    // Rows announce record changes to the list, so a filtered or sorted view sees a row change state.
    private final ObservableList<HistoryRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.recordProperty()});
    private final Map<Long, HistoryRow> byId = new HashMap<>();
    private final Set<Long> deleted = new HashSet<>();
    private final TreeSet<String> chatNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final ObservableList<String> chatsSeen = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final StringProperty chatFilter = new SimpleStringProperty("");
    private final ObjectProperty<SendState> stateFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final BooleanProperty allConnections = new SimpleBooleanProperty(false);
    private final FilteredList<HistoryRow> visibleRows = new FilteredList<>(rows);

    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SendRecord> details = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<SendRecord> followSelected = (obs, old, now) -> details.set(now);

    /**
     * Reads the stored rows on the history lane; rows that change meanwhile are merged, never lost.
     * Until {@link #close()}, it follows the log.
     *
     * @param current the connection the window sends through: its rows show by default
     */
    public HistoryViewModel(SendLog log, Sender sender, ComposerBridge composer, ConnectionRef current,
                            UiExecutor ui, Workers workers) {
        this.log = log;
        this.sender = sender;
        this.composer = composer;
        this.current = current;
        this.ui = ui;
        this.workers = workers;
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            HistoryFilter filter = new HistoryFilter(chatFilter.get(), stateFilter.get(), textFilter.get());
            boolean everywhere = allConnections.get();
            if (filter.equals(HistoryFilter.ALL) && everywhere) {
                return null;
            }
            return row -> (everywhere || current.sameGroup(row.record().connection())) && filter.test(row.record());
        }, chatFilter, stateFilter, textFilter, allConnections));
        selected.addListener((obs, old, now) -> {
            if (old != null) {
                old.recordProperty().removeListener(followSelected);
            }
            if (now != null) {
                now.recordProperty().addListener(followSelected);
            }
            details.set(now == null ? null : now.record());
        });
        changes = log.subscribe(record -> ui.execute(() -> upsert(record)));
        ui.deliver(CompletableFuture.supplyAsync(log::all, workers.history()), this::addStored,
                error -> loadError.set("Could not read the history: " + Failures.describe(error)));
    }

    /** Stops following the log, which outlives this window. */
    public void close() {
        changes.cancel();
    }

    private void addStored(List<SendRecord> stored) {
        List<HistoryRow> older = new ArrayList<>(stored.size());
        for (SendRecord record : stored) {
            if (!byId.containsKey(record.id()) && !deleted.contains(record.id())) {
                HistoryRow row = new HistoryRow(record);
                byId.put(record.id(), row);
                older.add(row);
                chatNames.add(chatName(record));
            }
        }
        rows.addAll(older);
        chatsSeen.setAll(chatNames);
    }

    private void upsert(SendRecord record) {
        if (deleted.contains(record.id())) {
            return;
        }
        HistoryRow row = byId.get(record.id());
        if (row != null) {
            row.update(record);
            return;
        }
        row = new HistoryRow(record);
        byId.put(record.id(), row);
        rows.add(0, row);
        String name = chatName(record);
        if (chatNames.add(name)) {
            chatsSeen.add(chatNames.headSet(name).size(), name);
        }
    }

    /** What the chat column shows and the chat filter offers: the title, or the ID when there is none. */
    static String chatName(SendRecord record) {
        return record.chatTitle() != null && !record.chatTitle().isBlank() ? record.chatTitle() : record.chatID();
    }

    // commands

    /** Pending IDs, one a line; a row never accepted gives its final ID or, failing that, its text. */
    public String pendingIds(List<SendRecord> selection) {
        return selection.stream().map(r -> r.pendingMessageID() != null ? r.pendingMessageID()
                : r.finalMessageID() != null ? r.finalMessageID() : r.text() == null ? "" : r.text())
                .collect(Collectors.joining("\n"));
    }

    /** Final message IDs, one a line; rows without one are left out. */
    public String finalIds(List<SendRecord> selection) {
        return selection.stream().map(SendRecord::finalMessageID).filter(id -> id != null)
                .collect(Collectors.joining("\n"));
    }

    /**
     * Curl commands repeating each row against the server it went to; the token is always
     * {@code $BEEPER_ACCESS_TOKEN}.
     */
    public String curl(List<SendRecord> selection) {
        java.net.URI here = java.net.URI.create(current.baseUrl());
        return selection.stream().map(r -> CurlCommand.of(r, here)).collect(Collectors.joining("\n"));
    }

    /** Whether the row went to another server than this window's: Retry then sends it here, as a new row. */
    public boolean sentElsewhere(SendRecord row) {
        return !current.sameServer(row.connection());
    }

    /** The question Retry asks before sending a row of another server to this one. */
    public String retryElsewhereQuestion(SendRecord row) {
        return "Row " + row.id() + " was sent to " + row.connection().describe() + ". You are connected to "
                + current.describe() + ". Send it there as a new row?";
    }

    /** The connection this window sends through. */
    public ConnectionRef current() {
        return current;
    }

    /** Tells the view what was copied; the clipboard itself is the view's. */
    public void copied(String what, int count) {
        notice.set(count == 1 ? "Copied " + what : "Copied " + what + " of " + count + " rows");
    }

    public void loadIntoComposer(SendRecord row) {
        composer.loadFromHistory(row);
        notice.set("Loaded row " + row.id() + " into the composer");
    }

    /**
     * Sends the row's request again as a new row linked to it. Asking first when the old send
     * may have arrived ({@link SendState#UNKNOWN}) is the view's job.
     */
    public CompletableFuture<SendRecord> retry(SendRecord row) {
        if (!row.canRetry()) {
            return CompletableFuture.failedFuture(new IllegalStateException(row.state().label() + " rows are not retried"));
        }
        notice.set("Retrying row " + row.id() + (sentElsewhere(row) ? " on " + current.label() : "") + "…");
        CompletableFuture<SendRecord> retry = sender.retry(row);
        ui.deliver(retry, now -> notice.set(now.state() == SendState.UNKNOWN
                        ? "Retried row " + row.id() + ": " + now.reason()
                        : "Retried row " + row.id() + ": pending ID " + now.pendingMessageID()),
                failure -> notice.set("Retry of row " + row.id() + " failed: " + Failures.describe(failure)));
        return retry;
    }

    /** Looks for an unknown send in its chat before anyone sends it again; only its own server can say. */
    public CompletableFuture<SendRecord> checkDelivery(SendRecord row) {
        if (sentElsewhere(row)) {
            notice.set("Row " + row.id() + " went to " + row.connection().label()
                    + ": connect there to check its delivery");
            return CompletableFuture.failedFuture(new IllegalStateException("The row went to another server"));
        }
        notice.set("Checking the chat for row " + row.id() + "…");
        CompletableFuture<SendRecord> check = sender.checkDelivery(row);
        ui.deliver(check, now -> notice.set(now.state() == SendState.SENT
                        ? "Row " + row.id() + " was delivered: final ID " + now.finalMessageID()
                        : "Row " + row.id() + ": " + now.reason()),
                failure -> notice.set("Could not check row " + row.id() + ": " + Failures.describe(failure)));
        return check;
    }

    /** Deletes the rows from the log (on {@code io}), then from the table. */
    public CompletableFuture<Integer> delete(List<SendRecord> selection) {
        List<Long> ids = selection.stream().map(SendRecord::id).toList();
        CompletableFuture<Integer> work = CompletableFuture.supplyAsync(() -> {
            int count = 0;
            for (long id : ids) {
                count += log.delete(id) ? 1 : 0;
            }
            return count;
        }, workers.history());
        CompletableFuture<Integer> done = new CompletableFuture<>();
        ui.deliver(work, count -> {
            Set<HistoryRow> gone = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (long id : ids) {
                deleted.add(id);
                HistoryRow row = byId.remove(id);
                if (row != null) {
                    gone.add(row);
                }
            }
            rows.removeAll(gone);
            notice.set(count == 1 ? "Deleted 1 row" : "Deleted " + count + " rows");
            done.complete(count);
        }, failure -> {
            notice.set("Could not delete: " + Failures.describe(failure));
            done.completeExceptionally(failure);
        });
        return done;
    }

    /** Writes the rows to {@code file} on {@code io}; the view asks where, tests say it. */
    public CompletableFuture<Path> export(List<SendRecord> selection, Path file, ExportFormat format) {
        List<SendRecord> snapshot = List.copyOf(selection);
        CompletableFuture<Path> work = CompletableFuture.supplyAsync(() -> {
            try {
                format.writeFile(snapshot, file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, workers.files());
        CompletableFuture<Path> done = new CompletableFuture<>();
        ui.deliver(work, path -> {
            notice.set("Exported " + snapshot.size() + (snapshot.size() == 1 ? " row" : " rows") + " to "
                    + path.getFileName());
            done.complete(path);
        }, failure -> {
            notice.set("Could not export: " + Failures.describe(failure));
            done.completeExceptionally(failure);
        });
        return done;
    }

    // properties

    /** Every row, newest first. */
    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    /** The rows the filter bar lets through, in the same order. */
    public FilteredList<HistoryRow> visibleRows() {
        return visibleRows;
    }

    /** The names of the chats in the history, sorted, for the chat filter. */
    public ObservableList<String> chatsSeen() {
        return chatsSeen;
    }

    public StringProperty chatFilterProperty() {
        return chatFilter;
    }

    /** Null shows every state. */
    public ObjectProperty<SendState> stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** False (the default) shows this connection's rows only; true shows every connection's. */
    public BooleanProperty allConnectionsProperty() {
        return allConnections;
    }

    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    /** The selected row's record, following its changes; null when nothing is selected. */
    public ReadOnlyObjectProperty<SendRecord> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
