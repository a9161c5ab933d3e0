package com.beepercomposer.ui;

import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.PendingResolver;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.ConnectionTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;

/** The real main window against a sandbox on a random loopback port, as a person would use it. */
abstract class SandboxWindowTestBase {
    SandboxServer sandbox;
    BeeperClient client;
    InMemorySendLog log;
    PendingResolver resolver;
    ExecutorService io;
    MainWindow window;

    /** Call from the test class's {@code @Start} method: TestFX looks for it on the class itself. */
    void startWindow(Stage stage) {
        startWindow(stage, com.beepercomposer.compose.SavedDrafts.NONE);
    }

    /** As {@link #startWindow(Stage)}, the composer starting with {@code saved} as the app's last drafts. */
    void startWindow(Stage stage, com.beepercomposer.compose.SavedDrafts saved) {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(200)).build().start();
        ClientConfig config = ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token()));
        client = new BeeperClient(config);
        log = new InMemorySendLog();
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        resolver = new PendingResolver(client, ConnectionRef.sandbox(config.baseUri()), log, Clock.systemUTC(),
                new PendingResolver.Polling(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMinutes(1)),
                new EventStream.Backoff(Duration.ofMillis(50), Duration.ofMillis(500)));
        resolver.start();
        ConnectionTarget target = new ConnectionTarget(config, true);
        window = new MainWindow(new AppServices(target, client, log, UiSettings.inMemory(), UiExecutor.fx(),
                com.beepercomposer.work.Workers.allOn(io), AppServices.viaOf(target), null, saved, null));
        window.show(stage);
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void stopSandbox() {
        if (resolver == null) {
            return;
        }
        resolver.close();
        sandbox.stop();
        io.shutdownNow();
    }

    static void await(BooleanSupplier condition) throws Exception {
        waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** As {@link #await(BooleanSupplier)}, naming what was seen instead when it times out. */
    static void await(BooleanSupplier condition, java.util.function.Supplier<String> seen) throws Exception {
        try {
            waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out; saw: " + seen.get(), e);
        }
    }

    /** Types into the chat field and picks the first result with Enter. */
    static void pickChat(FxRobot robot, String typed) throws Exception {
        robot.clickOn("#chatField").write(typed);
        await(() -> robot.lookup(".chat-results").tryQuery().map(list -> list.isVisible()
                && !((javafx.scene.control.ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
        await(() -> !robot.lookup(".chat-info").queryLabeled().getText().isEmpty());
    }

    /** Pastes a chat ID (typed in full) and opens it with Enter. */
    static void openChatById(FxRobot robot, String chatID) throws Exception {
        robot.clickOn("#chatField");
        robot.interact(() -> robot.lookup("#chatField").queryTextInputControl().setText(chatID));
        // Enter before any result list shows: the text is taken as an ID and looked up directly.
        robot.type(KeyCode.ENTER);
        await(() -> !robot.lookup(".chat-info").queryLabeled().getText().isEmpty());
    }

    @SuppressWarnings("unchecked")
    static TableView<HistoryRow> history(FxRobot robot) {
        return robot.lookup(".history .table-view").queryAs(TableView.class);
    }
}
