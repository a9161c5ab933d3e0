package com.beepercomposer.ui;

import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendRecord;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One table row; a status change replaces its record, so only this row repaints. */
public final class HistoryRow {
    private final long id;
    private final ReadOnlyObjectWrapper<SendRecord> record;
    /** The record as a plain field: the filter reads it for every row on each pass. */
    private SendRecord current;
    /** The record's {@link HistoryFilter#searchText}, made on the first text search. */
    private String searchText;

    HistoryRow(SendRecord record) {
        this.id = record.id();
        this.record = new ReadOnlyObjectWrapper<>(record);
        this.current = record;
    }

    public long id() {
        return id;
    }

    public SendRecord record() {
        return current;
    }

    /** The list is told afterwards ({@link HistoryRowList#changed}), which re-filters this row on its new text. */
    void update(SendRecord newRecord) {
        searchText = null;
        current = newRecord;
        record.set(newRecord);
    }

    String searchText() {
        if (searchText == null) {
            searchText = HistoryFilter.searchText(current);
        }
        return searchText;
    }

    public ReadOnlyObjectProperty<SendRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }
}
