package com.beepercomposer.ui;

import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendRecord;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One table row; a status change replaces its record, so only this row repaints. */
public final class HistoryRow {
    private final long id;
    private final ReadOnlyObjectWrapper<SendRecord> record;
    /** The record's {@link HistoryFilter#searchText}, made on the first text search. */
    private String searchText;

    HistoryRow(SendRecord record) {
        this.id = record.id();
        this.record = new ReadOnlyObjectWrapper<>(record);
    }

    public long id() {
        return id;
    }

    public SendRecord record() {
        return record.get();
    }

    /** Cleared first: setting the record re-filters this row, which must search the new text. */
    void update(SendRecord newRecord) {
        searchText = null;
        record.set(newRecord);
    }

    String searchText() {
        if (searchText == null) {
            searchText = HistoryFilter.searchText(record.get());
        }
        return searchText;
    }

    public ReadOnlyObjectProperty<SendRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }
}
