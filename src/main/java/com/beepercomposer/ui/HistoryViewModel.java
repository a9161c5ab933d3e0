package com.beepercomposer.ui;

import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The history table's rows, newest first, kept in step with the send log. */
public final class HistoryViewModel {
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final Map<Long, HistoryRow> byId = new HashMap<>();

    public HistoryViewModel(SendLog log, UiExecutor ui) {
        log.all().forEach(record -> {
            HistoryRow row = new HistoryRow(record);
            byId.put(record.id(), row);
            rows.add(row);
        });
        log.addListener(record -> ui.execute(() -> upsert(record)));
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
}
