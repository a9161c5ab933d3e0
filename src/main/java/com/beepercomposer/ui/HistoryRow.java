package com.beepercomposer.ui;

import com.beepercomposer.history.SendRecord;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One table row; a status change replaces its record, so only this row repaints. */
public final class HistoryRow {
    private final long id;
    private final ReadOnlyObjectWrapper<SendRecord> record;

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

    void update(SendRecord newRecord) {
        record.set(newRecord);
    }

    public ReadOnlyObjectProperty<SendRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }
}
