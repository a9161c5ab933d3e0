import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.ui.HistoryView;
import com.beepercomposer.ui.HistoryViewModel;
import com.beepercomposer.ui.UiExecutor;
import com.beepercomposer.work.Workers;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The history with 100,000 rows: scrolling through it (scroll, then lay out and render one
 * frame's worth) and a status change, against a plain TableView of 100,000 strings doing the
 * same in the same run. Runs headless on Monocle.
 */
public class HistoryBench {
    static final int ROWS = 100_000;
    static final int JUMPS = 400;
    /** The jumps come in this many rounds per table, alternating which goes first. */
    static final int ROUNDS = 8;

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();

        ConnectionRef here = ConnectionRef.sandbox(URI.create("http://127.0.0.1:9"));
        InMemorySendLog log = filledLog(ROWS, here);
        InMemorySendLog warmLog = filledLog(1000, here);
        ClientConfig config = ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t"));
        Sender sender = new Sender(new BeeperClient(config), log, Clock.systemUTC(), Runnable::run, () -> here);

        // "filter": opening and the text filter passes only, more rounds, for profiling that pass.
        boolean filterOnly = args.length > 0 && args[0].equals("filter");
        double[] results = new double[14];
        // The model's UI work, run by the benchmark on the FX thread when it chooses.
        LinkedBlockingQueue<Runnable> uiWork = new LinkedBlockingQueue<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            // Warm the classes and CSS of both tables once, so opening measures the rows, not class loading.
            show(plainTable(1000)).close();
            HistoryViewModel warmModel = openModel(warmLog, sender, here, uiWork);
            Parent warmView = new HistoryView(warmModel).root();
            show(warmView).close();
            warmView.snapshot(null, null);
            warmModel.close();

            long start = System.nanoTime();
            if (!filterOnly) {
                TableView<String[]> opened = plainTable(ROWS);
                Stage openedStage = show(opened);
                opened.snapshot(null, null);
                results[4] = (System.nanoTime() - start) / 1e6;
                openedStage.close(); // the history opens alone, as it does in the app
            }

            // Opening: the stored rows read (the log is in memory here), the view built, one frame drawn.
            start = System.nanoTime();
            HistoryViewModel model = openModel(log, sender, here, uiWork);
            Parent history = new HistoryView(model).root();
            Stage stage = show(history);
            history.snapshot(null, null);
            results[3] = (System.nanoTime() - start) / 1e6;
            TableView<?> table = (TableView<?>) history.lookup(".table-view");
            if (!filterOnly) {
                // The jumps alternate between the two tables, so the plain one is open again beside it.
                TableView<String[]> plain = plainTable(ROWS);
                Stage plainStage = show(plain);
                jumps(history, table, plain, results);
                plainStage.close();
            }

            // One pass of the text filter over every row, as each pause in typing costs: the
            // debounced filter applied, the table updated, one frame drawn.
            String[] typed = {"m", "me", "mes", "mess", "messa", "messag", "message", "message n", "message nu",
                    "message number 9", "message number 99", "message number 999", "9999", "pending-5", "zzz"};
            for (int round = 0, rounds = filterOnly ? 20 : 3; round < rounds; round++) {
                double worst = 0;
                double total = 0;
                double[] parts = new double[4];
                for (String text : typed) {
                    model.textFilterProperty().set(text);
                    Runnable apply = take(uiWork);
                    // The FX thread's part: the debounced step, then what the lane hands back. The
                    // lane's own time (a search off the FX thread) is counted apart: frames go on meanwhile.
                    long pass = System.nanoTime();
                    apply.run();
                    long handed = System.nanoTime();
                    laneIdle();
                    long back = System.nanoTime();
                    settle(uiWork);
                    long changed = System.nanoTime();
                    parts[3] += (back - handed) / 1e6;
                    pass += back - handed;
                    history.layout();
                    long laidOut = System.nanoTime();
                    history.snapshot(null, null);
                    long drawn = System.nanoTime();
                    double ms = (drawn - pass) / 1e6;
                    parts[0] += (changed - pass) / 1e6;
                    parts[1] += (laidOut - changed) / 1e6;
                    parts[2] += (drawn - laidOut) / 1e6;
                    worst = Math.max(worst, ms);
                    total += ms;
                }
                results[5] = total / typed.length;
                results[6] = worst;
                for (int i = 0; i < 4; i++) {
                    results[7 + i] = parts[i] / typed.length;
                }
            }
            model.textFilterProperty().set("");
            settle(uiWork);
            history.layout();
            history.snapshot(null, null);

            // A status change: the log tells the model, which updates the row on the FX thread, and a frame.
            SendRecord middle = log.all().get(ROWS / 2);
            start = System.nanoTime();
            log.update(middle.settled(SendState.SENT, "final", null, Instant.now()));
            settle(uiWork);
            history.layout();
            history.snapshot(null, null);
            results[2] = (System.nanoTime() - start) / 1e6;
            stage.close();
            done.countDown();
        });
        done.await();
        System.out.printf("%nhistory with %,d rows, %d jumps through the table (scroll + layout + render)%n", ROWS, JUMPS);
        System.out.printf("  history table          %6.2f ms per jump%n", results[0]);
        System.out.printf("  plain TableView        %6.2f ms per jump%n", results[1]);
        System.out.printf("  ratio history/plain: %.2f, the median of %d interleaved rounds (%.2f to %.2f; target <= 1.2);"
                + " one status change: %.2f ms%n", results[11], ROUNDS, results[12], results[13], results[2]);
        System.out.printf("  opening: history %.0f ms, plain TableView %.0f ms (target < 500 ms)%n", results[3], results[4]);
        System.out.printf("  text filter, one applied pass over %,d rows with its frame: %.2f ms on average,"
                + " %.2f ms at worst = %.2f of a 16.7 ms frame at worst%n",
                ROWS, results[5], results[6], results[6] / 16.7);
        System.out.printf("    of which, on average: the list change %.2f ms, layout %.2f ms, the frame drawn %.2f ms;"
                + " besides, off the FX thread: %.2f ms%n", results[7], results[8], results[9], results[10]);
        Platform.exit();
    }

    static InMemorySendLog filledLog(int rows, ConnectionRef here) {
        InMemorySendLog log = new InMemorySendLog();
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        for (int i = 0; i < rows; i++) {
            SendRecord row = log.add(SendRecord.sending(t0.plusSeconds(i), "!chat" + (i % 50) + ":x",
                    "Chat " + (i % 50), "message number " + i, null, null, null, "{}").withConnection(here));
            log.update(row.pending("pending-" + i, row.chatID(), t0.plusSeconds(i)));
        }
        return log;
    }

    /** The model with the stored rows read (the log is in memory here, read on this thread). */
    static HistoryViewModel openModel(InMemorySendLog log, Sender sender, ConnectionRef here,
                                      LinkedBlockingQueue<Runnable> uiWork) {
        HistoryViewModel model = new HistoryViewModel(log, sender, row -> { }, here,
                uiWork::add, Workers.allOn(LANE), question -> CompletableFuture.completedFuture(false));
        settle(uiWork);
        return model;
    }

    /** The model's work off the FX thread: one thread, as the app's lanes, and how many tasks it has. */
    static final java.util.concurrent.atomic.AtomicInteger IN_LANE = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.ExecutorService LANE_THREAD =
            java.util.concurrent.Executors.newSingleThreadExecutor(Workers.named("bench-lane"));
    static final java.util.concurrent.Executor LANE = task -> {
        IN_LANE.incrementAndGet();
        LANE_THREAD.execute(() -> {
            try {
                task.run();
            } finally {
                IN_LANE.decrementAndGet();
            }
        });
    };

    /** Waits for the lane to finish its work; what it hands to the FX thread is queued by then. */
    static void laneIdle() {
        while (IN_LANE.get() > 0) {
            Thread.onSpinWait();
        }
    }

    /** Runs, here, the model's FX work until none is left, waiting for the lane's. */
    static void settle(LinkedBlockingQueue<Runnable> uiWork) {
        laneIdle();
        for (Runnable work; (work = uiWork.poll()) != null; laneIdle()) {
            work.run();
        }
    }

    static Runnable take(LinkedBlockingQueue<Runnable> queue) {
        try {
            Runnable work = queue.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            if (work == null) {
                throw new IllegalStateException("the text filter was never applied");
            }
            return work;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stage show(Parent root) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, 1100, 500));
        stage.show();
        root.applyCss();
        root.layout();
        return stage;
    }

    /**
     * The jumps through both tables, in rounds that alternate which table goes first, so whatever
     * else the machine does falls on both alike: the mean per jump of each into results[0] (history)
     * and results[1] (plain), the median of the rounds' ratios into results[11], their range into
     * results[12] and results[13].
     */
    static void jumps(Parent history, TableView<?> historyTable, TableView<String[]> plain, double[] results) {
        scroll(history, historyTable, 0, 50);
        scroll(plain, plain, 0, 50);
        double[] ratios = new double[ROUNDS];
        double historyTotal = 0;
        double plainTotal = 0;
        int perRound = JUMPS / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            int from = round * perRound;
            double h;
            double p;
            if (round % 2 == 0) {
                h = scroll(history, historyTable, from, perRound);
                p = scroll(plain, plain, from, perRound);
            } else {
                p = scroll(plain, plain, from, perRound);
                h = scroll(history, historyTable, from, perRound);
            }
            historyTotal += h;
            plainTotal += p;
            ratios[round] = h / p;
        }
        results[0] = historyTotal / ROUNDS;
        results[1] = plainTotal / ROUNDS;
        results[11] = Stats.median(ratios);
        results[12] = java.util.Arrays.stream(ratios).min().orElse(0);
        results[13] = java.util.Arrays.stream(ratios).max().orElse(0);
    }

    /** {@code count} jumps from the {@code from}th, each scrolled, laid out and drawn: ms per jump. */
    static double scroll(Parent root, TableView<?> table, int from, int count) {
        long start = System.nanoTime();
        for (int i = from; i < from + count; i++) {
            table.scrollTo((i * 7919) % ROWS);
            root.layout();
            root.snapshot(null, null);
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    static TableView<String[]> plainTable(int rows) {
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 8; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>("Column " + c);
            col.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()[column]));
            table.getColumns().add(col);
        }
        var items = FXCollections.<String[]>observableArrayList();
        for (int i = 0; i < rows; i++) {
            String n = String.valueOf(i);
            items.add(new String[] {"2026-11-25 10:00", "Chat " + (i % 50), "message number " + n, "", "",
                    "pending-" + n, "Pending", ""});
        }
        table.setItems(items);
        return table;
    }
}
