package com.beepercomposer.ui;

import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.collections.transformation.SortedList;

/**
 * What the history table shows: the filtered rows as they are while no column is sorted, and a
 * {@link SortedList} of them while one is. Unsorted, a filter pass reaches the table as the
 * filtered list's own change, passed on without copying; a {@code SortedList} always in between
 * copied and re-mapped every row of each pass. Sorting and unsorting are permutations of this one
 * list, so the table keeps its selection, focus and scroll position as it did with a
 * {@code SortedList}. The table sorts through {@link #sortBy} (its sort policy), never by
 * sorting this list in place.
 */
final class HistoryTableRows extends ObservableListBase<HistoryRow> {
    private final ObservableList<HistoryRow> filtered;
    /** The sorted rows, over a relay of {@link #filtered} that ends with them; null while unsorted. */
    private SortedList<HistoryRow> sorted;
    private Relay relay;
    private final ListChangeListener<HistoryRow> fromSorted = change -> fireChange(new Passed(this, change));

    HistoryTableRows(ObservableList<HistoryRow> filtered) {
        this.filtered = filtered;
        filtered.addListener((ListChangeListener<HistoryRow>) change -> {
            if (sorted == null) {
                fireChange(new Passed(this, change));
            }
        });
    }

    /** Sorts by {@code order}, or shows the filtered order again when it is null. */
    void sortBy(Comparator<HistoryRow> order) {
        if (order == null) {
            if (sorted != null) {
                stopSorting();
            }
        } else if (sorted == null) {
            startSorting(order);
        } else {
            sorted.setComparator(order);
        }
    }

    private void startSorting(Comparator<HistoryRow> order) {
        relay = new Relay(filtered);
        sorted = new SortedList<>(relay, order);
        // The row now at i was at its index in the filtered list.
        int[] moved = new int[sorted.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[sorted.getSourceIndex(i)] = i;
        }
        sorted.addListener(fromSorted);
        firePermutation(moved);
    }

    private void stopSorting() {
        int[] moved = new int[sorted.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = sorted.getSourceIndex(i);
        }
        sorted.removeListener(fromSorted);
        relay.end();
        sorted = null;
        relay = null;
        firePermutation(moved);
    }

    private void firePermutation(int[] moved) {
        if (moved.length == 0) {
            return;
        }
        beginChange();
        nextPermutation(0, moved.length, moved);
        endChange();
    }

    @Override
    public HistoryRow get(int index) {
        return sorted == null ? filtered.get(index) : sorted.get(index);
    }

    @Override
    public int size() {
        return sorted == null ? filtered.size() : sorted.size();
    }

    /** A change of another list told as {@code list}'s, which shows the same rows: nothing is copied. */
    private static final class Passed extends ListChangeListener.Change<HistoryRow> {
        private final ListChangeListener.Change<? extends HistoryRow> source;

        Passed(ObservableList<HistoryRow> list, ListChangeListener.Change<? extends HistoryRow> source) {
            super(list);
            this.source = source;
        }

        @Override
        public boolean next() {
            return source.next();
        }

        @Override
        public void reset() {
            source.reset();
        }

        @Override
        public int getFrom() {
            return source.getFrom();
        }

        @Override
        public int getTo() {
            return source.getTo();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<HistoryRow> getRemoved() {
            return (List<HistoryRow>) source.getRemoved();
        }

        @Override
        public boolean wasPermutated() {
            return source.wasPermutated();
        }

        @Override
        public boolean wasUpdated() {
            return source.wasUpdated();
        }

        @Override
        public int getPermutation(int i) {
            return source.getPermutation(i);
        }

        @Override
        protected int[] getPermutation() {
            if (!source.wasPermutated()) {
                return new int[0];
            }
            int from = source.getFrom();
            int[] moved = new int[source.getTo() - from];
            for (int i = 0; i < moved.length; i++) {
                moved[i] = source.getPermutation(from + i);
            }
            return moved;
        }
    }

    /**
     * The filtered rows passed on to a {@link SortedList} until {@link #end}: a sorted list cannot
     * be taken off its source, so unsorting ends its relay instead, and a filter pass then reaches
     * no sorted list that is no longer shown.
     */
    private static final class Relay extends ObservableListBase<HistoryRow> {
        private final ObservableList<HistoryRow> source;
        private final ListChangeListener<HistoryRow> pass = this::pass;

        Relay(ObservableList<HistoryRow> source) {
            this.source = source;
            source.addListener(pass);
        }

        private void pass(ListChangeListener.Change<? extends HistoryRow> change) {
            fireChange(new Passed(this, change));
        }

        void end() {
            source.removeListener(pass);
        }

        @Override
        public HistoryRow get(int index) {
            return source.get(index);
        }

        @Override
        public int size() {
            return source.size();
        }
    }
}
