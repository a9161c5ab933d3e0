package com.beepercomposer.ui;

import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.history.Subscription;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.work.Workers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
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
    /** How long typing in the text filter pauses before the rows are filtered by it. */
    static final java.time.Duration TEXT_QUIET = java.time.Duration.ofMillis(150);

    private final ConnectionRef current;
    private final SendLog log;
    private final UiExecutor ui;
    private final Workers workers;
    private final Subscription changes;
    /** The open matrices: they follow the log through this history and close with it. */
    private final Set<MatrixViewModel> matrices = new HashSet<>();
    private final HistoryCommands commands;
    private final java.util.function.Function<String, CompletableFuture<byte[]>> assets;

    // The list announces a row's record change, so a filtered or sorted view sees a row change state.
    private final HistoryRowList rows = new HistoryRowList();
    private final Map<Long, HistoryRow> byId = new HashMap<>();
    /** Rows sent together fold under their newest one while no filter is set. */
    private final HistoryGroups groups = new HistoryGroups();
    private final Set<Long> deleted = new HashSet<>();
    private final TreeSet<String> chatNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** {@link #chatNames} by exact spelling: most rows' chat is already known, and a hash look-up settles it. */
    private final Set<String> chatNamesSeen = new HashSet<>();
    private final ObservableList<String> chatsSeen = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final StringProperty chatFilter = new SimpleStringProperty("");
    private final ObjectProperty<SendState> stateFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    /** The text the rows are filtered by: {@link #textFilter} once typing has paused. */
    private final StringProperty appliedText = new SimpleStringProperty("");
    private final Debouncer textQuiet;
    private final BooleanProperty allConnections = new SimpleBooleanProperty(false);
    private final FilteredList<HistoryRow> visibleRows = new FilteredList<>(rows);
    /** Counts the filter's changes: a text search that finishes after the next one began is not applied. */
    private long filterPasses;

    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>();
    /** Selects a row in the view: the table's selection does not survive a filter pass, the row may. */
    private java.util.function.Consumer<HistoryRow> reselect = row -> { };
    /** The selected row while a filter pass runs: its details stay unless the pass hides it. */
    private HistoryRow keeping;
    private final ReadOnlyObjectWrapper<SendRecord> details = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<SendRecord> followSelected = (obs, old, now) -> details.set(now);

    /**
     * Reads the stored rows on the history lane; rows that change meanwhile are merged, never lost.
     * Until {@link #close()}, it follows the log.
     *
     * @param current the connection the window sends through: its rows show by default
     */
    public HistoryViewModel(SendLog log, Sender sender, ComposerBridge composer, ConnectionRef current,
                            UiExecutor ui, Workers workers, Dialogs dialogs) {
        this(log, sender, composer, current, ui, workers, dialogs, url -> CompletableFuture.failedFuture(
                new IllegalStateException("No connection to fetch pictures through")));
    }

    /**
     * @param assets the bytes at an attachment's {@code http(s)} address, fetched through the API
     *               client, for the matrix's thumbnails
     */
    public HistoryViewModel(SendLog log, Sender sender, ComposerBridge composer, ConnectionRef current,
                            UiExecutor ui, Workers workers, Dialogs dialogs,
                            java.util.function.Function<String, CompletableFuture<byte[]>> assets) {
        this.assets = assets;
        this.current = current;
        this.log = log;
        this.ui = ui;
        this.workers = workers;
        this.commands = new HistoryCommands(this, log, sender, composer, current, ui, workers, dialogs);
        this.textQuiet = new Debouncer(TEXT_QUIET, ui);
        // Each pass over a long history costs a few milliseconds: one per pause, not per keystroke.
        // Clearing the box shows everything at once.
        textFilter.addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                textQuiet.cancel();
                appliedText.set("");
            } else {
                textQuiet.submit(() -> appliedText.set(now));
            }
        });
        javafx.beans.InvalidationListener refilter = obs -> refilter();
        chatFilter.addListener(refilter);
        stateFilter.addListener(refilter);
        appliedText.addListener(refilter);
        allConnections.addListener(refilter);
        refilter();
        selected.addListener((obs, old, now) -> {
            if (old != null) {
                old.recordProperty().removeListener(followSelected);
            }
            if (now != null) {
                now.recordProperty().addListener(followSelected);
            }
            if (now != null || keeping == null) { // a filter pass decides once it is done
                details.set(now == null ? null : now.record());
            }
        });
        changes = log.subscribe(record -> ui.execute(() -> upsert(record)));
        ui.deliver(CompletableFuture.supplyAsync(log::all, workers.history()), this::addStored,
                error -> loadError.set(Texts.get("history.loadFailed", Failures.describe(error))));
    }

    /**
     * Filters the rows by the filter bar. A text search runs off the FX thread, over the rows
     * listed when it began; its result is dropped if the filter changed meanwhile.
     */
    private void refilter() {
        long pass = ++filterPasses;
        HistoryFilter filter = new HistoryFilter(chatFilter.get(), stateFilter.get(), appliedText.get());
        boolean everywhere = allConnections.get();
        // A filter looks at every row by itself: groups unfold while one is set.
        if (filter.equals(HistoryFilter.ALL)) {
            filterBy(everywhere ? groups::shows
                    : row -> groups.shows(row) && current.sameGroup(row.record().connection()));
            return;
        }
        HistoryFilterPass test = new HistoryFilterPass(filter, everywhere, current);
        if (!test.searchesText()) {
            filterBy(test::test);
            return;
        }
        HistoryRow[] listed = rows.toArray(new HistoryRow[0]);
        CompletableFuture<HistoryFilterPass.Verdicts> judged =
                CompletableFuture.supplyAsync(() -> test.judge(listed), workers.search());
        java.util.function.Consumer<HistoryFilterPass.Verdicts> apply = verdicts -> {
            if (pass == filterPasses) {
                filterBy(test.predicate(verdicts));
            }
        };
        if (judged.isDone() && !judged.isCompletedExceptionally()) {
            // Judged on this thread already (a lane that runs in place): no need for another turn.
            apply.accept(judged.join());
        } else {
            ui.deliver(judged, apply, error -> {
                if (pass == filterPasses) {
                    filterBy(test::test);
                }
            });
        }
    }

    /** Shows the rows the filter takes, and keeps the selected one selected if it is among them. */
    private void filterBy(java.util.function.Predicate<HistoryRow> shows) {
        HistoryRow was = selected.get();
        keeping = was;
        try {
            visibleRows.setPredicate(shows);
            if (was != null && selected.get() == null && shows.test(was)) {
                reselect.accept(was);
            }
        } finally {
            keeping = null;
        }
        if (selected.get() == null) {
            details.set(null);
        }
    }

    /** How the view selects a row again after a filter pass that still shows it. */
    public void reselectWith(java.util.function.Consumer<HistoryRow> select) {
        reselect = select;
    }

    /** Stops following the log, which outlives this window. */
    public void close() {
        changes.cancel();
        List.copyOf(matrices).forEach(MatrixViewModel::close);
        textQuiet.cancel();
    }

    private void addStored(List<SendRecord> stored) {
        List<HistoryRow> older = new ArrayList<>(stored.size());
        boolean merging = !byId.isEmpty() || !deleted.isEmpty();
        for (SendRecord record : stored) {
            if (!merging || !byId.containsKey(record.id()) && !deleted.contains(record.id())) {
                HistoryRow row = new HistoryRow(record);
                byId.put(record.id(), row);
                older.add(row);
                groups.add(row);
                String name = chatName(record);
                if (chatNamesSeen.add(name)) {
                    chatNames.add(name);
                }
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
            rows.changed(row);
            groups.changed(row);
            return;
        }
        row = new HistoryRow(record);
        byId.put(record.id(), row);
        HistoryRow displaced = groups.add(row);
        rows.add(0, row);
        if (displaced != null) {
            // The group's new newest row heads it now: the one before is folded away with the rest.
            rows.changed(displaced);
        }
        String name = chatName(record);
        if (chatNamesSeen.add(name) && chatNames.add(name)) {
            chatsSeen.add(chatNames.headSet(name).size(), name);
        }
    }

    /** What the chat column shows and the chat filter offers: the title, or the ID when there is none. */
    static String chatName(SendRecord record) {
        return record.chatTitle() != null && !record.chatTitle().isBlank() ? record.chatTitle() : record.chatID();
    }

    /**
     * Tells {@code listener}, on the FX thread, of every row added or changed, for a window beside
     * the table (the "Send as…" matrix); it cancels the subscription when it closes.
     */
    public Subscription follow(java.util.function.Consumer<SendRecord> listener) {
        return log.subscribe(record -> ui.execute(() -> listener.accept(record)));
    }

    /** The stored rows of one group, read on the history lane. */
    public CompletableFuture<List<SendRecord>> groupRows(String groupID) {
        return CompletableFuture.supplyAsync(() -> log.group(groupID), workers.history());
    }

    /**
     * The "Send as…" matrix of a group, following this history until it is closed, or until this
     * history closes (a connection switch): then it closes too.
     */
    public MatrixViewModel matrix(String groupID, com.beepercomposer.compose.LocalFile picked) {
        MatrixViewModel matrix = new MatrixViewModel(this, groupID, picked, ui, workers.files(), assets);
        matrices.add(matrix);
        matrix.closedProperty().addListener((obs, was, closed) -> matrices.remove(matrix));
        return matrix;
    }

    /** Folds or unfolds the group of {@code row}; a row of no group is left alone. */
    public void toggleGroup(HistoryRow row) {
        groups.toggle(row).forEach(rows::changed);
    }

    /** Unfolds ({@code open}) or folds the group of {@code row}. */
    public void expandGroup(HistoryRow row, boolean open) {
        groups.expand(row, open).forEach(rows::changed);
    }

    /** The groups the rows fold into. */
    HistoryGroups groups() {
        return groups;
    }

    /** The row actions: copy, load, retry, check, delete, export. */
    public HistoryCommands commands() {
        return commands;
    }

    /** The connection this window sends through. */
    public ConnectionRef current() {
        return current;
    }

    void say(String text) {
        notice.set(text);
    }

    /** Takes deleted rows out of the table for good: a late update of one cannot bring it back. */
    void forget(List<Long> ids) {
        Set<HistoryRow> gone = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (long id : ids) {
            deleted.add(id);
            HistoryRow row = byId.remove(id);
            if (row != null) {
                gone.add(row);
            }
        }
        List<HistoryRow> newHeads = new ArrayList<>();
        for (HistoryRow row : gone) {
            HistoryRow head = groups.remove(row);
            if (head != null) {
                newHeads.add(head);
            }
        }
        rows.removeAll(gone);
        newHeads.stream().filter(head -> !gone.contains(head)).forEach(rows::changed);
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
