package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.work.Workers;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The text filter's search runs off the FX thread over the rows as they were when it began: its
 * result never shows a row by a record it no longer holds, nor a filter no longer set.
 */
class HistoryTextSearchTest {
    private static final ConnectionRef HERE = ConnectionRef.sandbox(URI.create("http://127.0.0.1:9"));
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemorySendLog log = new InMemorySendLog();
    /** The search lane's tasks, run when the test says. */
    private final List<Runnable> searches = new ArrayList<>();
    private final java.util.concurrent.LinkedBlockingQueue<Runnable> uiWork = new java.util.concurrent.LinkedBlockingQueue<>();

    private HistoryViewModel model() {
        for (String text : List.of("lunch at noon", "dinner", "breakfast")) {
            log.add(SendRecord.sending(T0, "!team:x", "Team", text, null, null, null, "{}").withConnection(HERE));
        }
        HistoryViewModel model = new HistoryViewModel(log, null, row -> { }, HERE, uiWork::add,
                Workers.allOn(searches::add), question -> CompletableFuture.completedFuture(false));
        runAll();
        return model;
    }

    /** Types {@code text} and lets the pause pass: the search starts, on the lane, which waits for the test. */
    private void apply(HistoryViewModel model, String text) throws Exception {
        model.textFilterProperty().set(text);
        Runnable paused = uiWork.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(paused).as("the filter applies after the pause").isNotNull();
        paused.run();
    }

    private void runAll() {
        while (!searches.isEmpty() || !uiWork.isEmpty()) {
            runSearches();
            runUi();
        }
    }

    private void runSearches() {
        List<Runnable> now = new ArrayList<>(searches);
        searches.clear();
        now.forEach(Runnable::run);
    }

    private void runUi() {
        for (Runnable work; (work = uiWork.poll()) != null; ) {
            work.run();
        }
    }

    private static List<String> shown(HistoryViewModel model) {
        return model.visibleRows().stream().map(row -> row.record().text()).toList();
    }

    @Test
    void aSearchOverTakenByAnotherFilterIsNotApplied() throws Exception {
        HistoryViewModel model = model();
        apply(model, "dinner");
        Runnable first = searches.remove(0);
        apply(model, "lunch");
        runSearches();
        runUi();
        assertThat(shown(model)).containsExactly("lunch at noon");

        first.run();
        runUi();
        assertThat(shown(model)).as("the older search came back last").containsExactly("lunch at noon");
    }

    @Test
    void aRowChangedWhileTheSearchRunsIsJudgedByWhatItNowHolds() throws Exception {
        HistoryViewModel model = model();
        apply(model, "p-new");
        // The search has seen every row without "p-new"; then one row gets it.
        runSearches();
        SendRecord dinner = log.all().stream().filter(row -> row.text().equals("dinner")).findFirst().orElseThrow();
        log.update(dinner.pending("p-new-1", dinner.chatID(), T0.plusSeconds(1)));
        runAll();
        assertThat(shown(model)).containsExactly("dinner");

        // And a row that stops matching while a search runs is not shown by the old verdict.
        apply(model, "p-new-");
        runSearches();
        log.update(dinner.pending("p-old-1", dinner.chatID(), T0.plusSeconds(2)));
        runAll();
        assertThat(shown(model)).isEmpty();
    }

    @Test
    void aRowAddedWhileTheSearchRunsIsSearchedToo() throws Exception {
        HistoryViewModel model = model();
        apply(model, "noon");
        runSearches();
        log.add(SendRecord.sending(T0, "!team:x", "Team", "tea at noon", null, null, null, "{}").withConnection(HERE));
        runAll();
        assertThat(shown(model)).containsExactly("tea at noon", "lunch at noon");
    }
}
