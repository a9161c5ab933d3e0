package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.OpeningSendLog;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.work.Workers;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window built while the history's database is still opening, as the app starts: it works
 * at once, and a send made meanwhile is in the history, beside the stored rows, once it opens.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryOpeningWindowTest {
    private SandboxServer sandbox;
    private Workers workers;
    private final CompletableFuture<SendLog> opening = new CompletableFuture<>();
    private final InMemorySendLog stored = new InMemorySendLog();

    private ConnectionRef here;

    @Start
    void start(Stage stage) {
        sandbox = SandboxServer.builder().port(0).build().start();
        ClientConfig config = ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token()));
        workers = Workers.start();
        ConnectionTarget target = new ConnectionTarget(config, true);
        here = AppServices.viaOf(target).get();
        new MainWindow(new AppServices(target, new BeeperClient(config), new OpeningSendLog(opening),
                UiSettings.inMemory(), UiExecutor.fx(), workers, AppServices.viaOf(target), null,
                SavedDrafts.NONE, null)).show(stage);
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        // Whatever waits on the history lane may finish; the lanes then stop.
        opening.complete(stored);
        workers.close();
        sandbox.stop();
    }

    @Test
    void aSendMadeBeforeTheHistoryOpensIsInItOnceItOpens(FxRobot robot) throws Exception {
        stored.add(SendRecord.sending(Instant.parse("2026-11-25T10:00:00Z"), "!old:x", "Old chat", "from last time",
                null, null, null, "{}").withConnection(here));
        SandboxWindowTestBase.pickChat(robot, "Alice");
        robot.clickOn("#editor").write("sent while the history opens");
        Button send = robot.lookup("#sendButton").queryButton();
        SandboxWindowTestBase.await(() -> !send.isDisabled());

        robot.clickOn(send);

        TableView<HistoryRow> history = SandboxWindowTestBase.history(robot);
        assertThat(history.getItems()).as("nothing to show before the history opens").isEmpty();
        assertThat(opening).isNotDone();

        opening.complete(stored);

        SandboxWindowTestBase.await(() -> history.getItems().size() == 2
                && history.getItems().stream().anyMatch(row -> row.record().pendingMessageID() != null),
                () -> history.getItems().stream().map(row -> row.record().text() + " " + row.record().state())
                        .toList().toString());
        assertThat(history.getItems()).extracting(row -> row.record().text())
                .containsExactlyInAnyOrder("sent while the history opens", "from last time");
        assertThat(stored.all()).extracting(SendRecord::text).contains("sent while the history opens");
    }
}
