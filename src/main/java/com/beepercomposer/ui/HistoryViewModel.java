package com.beepercomposer.ui;

import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The history table's rows, newest first, kept in step with the send log. */
public final class HistoryViewModel {
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final Map<Long, HistoryRow> byId = new HashMap<>();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");

    /** Reads the stored rows on {@code io}; rows that change meanwhile are merged, never lost. */
    public HistoryViewModel(SendLog log, UiExecutor ui, Executor io) {
        log.addListener(record -> ui.execute(() -> upsert(record)));
        ui.deliver(CompletableFuture.supplyAsync(log::all, io), this::addStored,
                error -> loadError.set("Could not read the history: " + Failures.describe(error)));
    }

    private void addStored(List<SendRecord> stored) {
        List<HistoryRow> older = new ArrayList<>(stored.size());
        for (SendRecord record : stored) {
            if (!byId.containsKey(record.id())) {
                HistoryRow row = new HistoryRow(record);
                byId.put(record.id(), row);
                older.add(row);
            }
        }
        rows.addAll(older);
    }

    private void upsert(SendRecord record) {
        HistoryRow row = byId.get(record.id());
        if (row != null) {
            row.update(record);
            return;
        }
        row = new HistoryRow(record);
        byId.put(record.id(), row);
        rows.add(0, row);
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
