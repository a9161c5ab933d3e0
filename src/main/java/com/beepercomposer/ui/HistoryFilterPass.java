package com.beepercomposer.ui;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.HistoryFilter;
import com.beepercomposer.history.SendRecord;
import java.util.function.Predicate;

/**
 * One setting of the filter bar as a test of a row. A text search over a long history is run off
 * the FX thread ({@link #judge}): the FX thread then only marks each row with its verdict
 * ({@link #predicate}) and the filtered list reads the marks. A verdict holds only for the record
 * it was made on: a row that changed or arrived since is tested anew, on the FX thread, when the
 * list asks.
 */
final class HistoryFilterPass {
    private final HistoryFilter filter;
    private final boolean everywhere;
    private final ConnectionRef current;
    private static int passes;
    /**
     * This pass's two verdicts, numbers unique to it: a row marked with another pass's is tested
     * anew. Numbers rather than objects, as a reference stored in 100,000 old rows costs the
     * collector's write barrier on each.
     */
    private final int matches;
    private final int fails;

    HistoryFilterPass(HistoryFilter filter, boolean everywhere, ConnectionRef current) {
        this.filter = filter;
        this.everywhere = everywhere;
        this.current = current;
        // Made on the FX thread only.
        passes += 2;
        this.matches = passes;
        this.fails = passes + 1;
    }

    /** Whether the pass looks for text in every row: worth doing off the FX thread. */
    boolean searchesText() {
        return !filter.text().isEmpty();
    }

    /** Whether {@code row} passes as it is now; safe on any thread (records are immutable). */
    boolean test(HistoryRow row) {
        return passes(row, row.record());
    }

    private boolean passes(HistoryRow row, SendRecord record) {
        return (everywhere || current.sameGroup(record.connection()))
                && filter.test(record, searchesText() ? row.searchText(record) : "");
    }

    /** The verdict on each of {@code rows}, with the record it was made on; off the FX thread. */
    Verdicts judge(HistoryRow[] rows) {
        SendRecord[] judged = new SendRecord[rows.length];
        boolean[] passed = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            HistoryRow row = rows[i];
            SendRecord record = row.record();
            judged[i] = record;
            passed[i] = passes(row, record);
        }
        return new Verdicts(rows, judged, passed);
    }

    /**
     * Marks the judged rows that still hold the record they were judged on, on the FX thread, and
     * returns the filtered list's test: the mark where there is one of this pass, else the test itself.
     */
    Predicate<HistoryRow> predicate(Verdicts verdicts) {
        HistoryRow[] rows = verdicts.rows();
        for (int i = 0; i < rows.length; i++) {
            HistoryRow row = rows[i];
            row.verdict = row.record() == verdicts.judged()[i] ? (verdicts.passed()[i] ? matches : fails) : 0;
        }
        return row -> {
            int verdict = row.verdict;
            return verdict == matches || verdict != fails && test(row);
        };
    }

    /** The rows as they were listed when the pass began, what each held then, and whether it passed. */
    record Verdicts(HistoryRow[] rows, SendRecord[] judged, boolean[] passed) {
    }
}
