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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** Typing in the history's text filter filters once per pause, not once per keystroke. */
class HistoryTextFilterDebounceTest {
    private static final ConnectionRef HERE = ConnectionRef.sandbox(URI.create("http://127.0.0.1:9"));

    /** Runs UI work when the test says so, on the test's thread, as the FX thread would in turn. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final UiExecutor ui = uiQueue::add;
    private final InMemorySendLog log = new InMemorySendLog();

    private HistoryViewModel model() {
        for (String text : List.of("lunch at noon", "dinner", "breakfast")) {
            log.add(SendRecord.sending(Instant.parse("2026-11-25T10:00:00Z"), "!team:x", "Team", text,
                    null, null, null, "{}").withConnection(HERE));
        }
        HistoryViewModel model = new HistoryViewModel(log, null, row -> { }, HERE, ui,
                Workers.allOn(Runnable::run), question -> CompletableFuture.completedFuture(false));
        runUiWork();
        return model;
    }

    private void runUiWork() {
        for (Runnable work; (work = uiQueue.poll()) != null; ) {
            work.run();
        }
    }

    @Test
    void keystrokesFilterOnceTypingPauses() throws Exception {
        HistoryViewModel model = model();
        List<Integer> sizes = new ArrayList<>();
        model.visibleRows().addListener((ListChangeListener<HistoryRow>) change -> sizes.add(model.visibleRows().size()));

        for (String typed : List.of("d", "di", "din", "dinn")) {
            model.textFilterProperty().set(typed);
        }
        assertThat(model.visibleRows()).hasSize(3);

        Runnable applied = uiQueue.poll(5, TimeUnit.SECONDS);
        assertThat(applied).as("the filter applies after the pause").isNotNull();
        applied.run();
        runUiWork();
        assertThat(model.visibleRows()).extracting(row -> row.record().text()).containsExactly("dinner");
        assertThat(sizes).containsExactly(1);
    }

    @Test
    void clearingTheBoxShowsEveryRowAtOnce() throws Exception {
        HistoryViewModel model = model();
        model.textFilterProperty().set("noon");
        uiQueue.poll(5, TimeUnit.SECONDS).run();
        assertThat(model.visibleRows()).hasSize(1);

        model.textFilterProperty().set("noonx");
        model.textFilterProperty().set("");

        assertThat(model.visibleRows()).hasSize(3);
        assertThat(uiQueue.poll(HistoryViewModel.TEXT_QUIET.toMillis() * 3, TimeUnit.MILLISECONDS))
                .as("nothing left to apply").isNull();
    }

    @Test
    void aRowThatChangesIsSearchedByWhatItNowHolds() throws Exception {
        HistoryViewModel model = model();
        model.textFilterProperty().set("p-new");
        uiQueue.poll(5, TimeUnit.SECONDS).run();
        assertThat(model.visibleRows()).isEmpty();

        SendRecord dinner = log.all().stream().filter(row -> row.text().equals("dinner")).findFirst().orElseThrow();
        log.update(dinner.pending("p-new-1", dinner.chatID(), Instant.parse("2026-11-25T10:00:01Z")));
        runUiWork();

        assertThat(model.visibleRows()).extracting(row -> row.record().text()).containsExactly("dinner");
    }
}
