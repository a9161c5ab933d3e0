package com.beepercomposer.ui;

import java.util.ArrayList;
import java.util.Collection;
import javafx.collections.ModifiableObservableListBase;

/**
 * The history's rows as an observable list that reports a row whose record changed as an update
 * of that one element ({@link #changed}), without an extractor: an extractor registers a listener
 * on every row as it is added, which made opening 100,000 rows pay 100,000 registrations. Adding
 * many rows at once is one change.
 */
final class HistoryRowList extends ModifiableObservableListBase<HistoryRow> {
    private final ArrayList<HistoryRow> rows = new ArrayList<>();

    /** Tells the list's observers that {@code row}'s record changed; a row not in the list is ignored. */
    void changed(HistoryRow row) {
        // Rows are looked up by identity: an update is rare next to the table's reads, so no index is kept.
        for (int i = 0, size = rows.size(); i < size; i++) {
            if (rows.get(i) == row) {
                beginChange();
                nextUpdate(i);
                endChange();
                return;
            }
        }
    }

    @Override
    public boolean addAll(Collection<? extends HistoryRow> added) {
        if (added.isEmpty()) {
            return false;
        }
        int from = rows.size();
        beginChange();
        try {
            rows.addAll(added);
            modCount++;
            nextAdd(from, rows.size());
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public HistoryRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, HistoryRow element) {
        rows.add(index, element);
    }

    @Override
    protected HistoryRow doSet(int index, HistoryRow element) {
        return rows.set(index, element);
    }

    @Override
    protected HistoryRow doRemove(int index) {
        return rows.remove(index);
    }
}
