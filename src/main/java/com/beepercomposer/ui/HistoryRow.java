package com.beepercomposer.ui;

import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendRecord;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One table row; a status change replaces its record, so only this row repaints. */
public final class HistoryRow {
    private final long id;
    private final ReadOnlyObjectWrapper<SendRecord> record;
    /** The record as a plain field: the filter reads it for every row on each pass, off the FX thread too. */
    private volatile SendRecord current;
    /** The record's {@link HistoryFilter#searchText}, made on the first text search, on whichever thread. */
    private volatile Searchable search;
    /** The last text filter pass's verdict on this row ({@link HistoryFilterPass}); FX thread only. */
    int verdict;

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
        verdict = 0;
        current = newRecord;
        record.set(newRecord);
    }

    /**
     * The search text of {@code of}, this row's record now or a moment ago: a search off the FX
     * thread may race an update, so the text is kept with the record it was made from.
     */
    String searchText(SendRecord of) {
        Searchable made = search;
        if (made == null || made.of() != of) {
            made = new Searchable(of, HistoryFilter.searchText(of));
            search = made;
        }
        return made.text();
    }

    private record Searchable(SendRecord of, String text) {
    }

    public ReadOnlyObjectProperty<SendRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }
}
