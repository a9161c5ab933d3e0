package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.ConnectionStore;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.settings.Keyring;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.work.Workers;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The connection dialog opened before the OS keyring is made (the first second after the first
 * frame): the keyring is made off the FX thread and the dialog says where the token is kept
 * once it answers.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionDialogKeyringTest {
    @TempDir
    Path dataDir;
    private SandboxServer sandbox;
    private ExecutorService io;
    private final CountDownLatch keyringAnswers = new CountDownLatch(1);
    private final CompletableFuture<Thread> makingThread = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        sandbox = SandboxServer.builder().port(0).build().start();
        ClientConfig config = ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token()));
        io = Executors.newSingleThreadExecutor(Workers.named("test-io"));
        ConnectionStore store = new ConnectionStore(dataDir, this::slowKeyring);
        ConnectionControl connection = new ConnectionControl() {
            @Override
            public SavedConnection current() {
                return SavedConnection.SANDBOX;
            }

            @Override
            public CompletableFuture<Void> switchTo(SavedConnection choice) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public String tokenStorage() {
                return store.tokenStorage();
            }
        };
        ConnectionTarget target = new ConnectionTarget(config, true);
        new MainWindow(new AppServices(target, new BeeperClient(config), new InMemorySendLog(),
                UiSettings.inMemory(), UiExecutor.fx(), Workers.allOn(io), AppServices.viaOf(target), null,
                SavedDrafts.NONE, connection)).show(stage);
        stage.requestFocus();
    }

    /** Makes the keyring as a D-Bus one does: slowly, here until the test lets it answer. */
    private Keyring slowKeyring() {
        makingThread.complete(Thread.currentThread());
        // On the FX thread it would freeze the window (and the test): answer at once and let the test fail.
        if (!Platform.isFxApplicationThread()) {
            try {
                keyringAnswers.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new InMemoryKeyring();
    }

    @AfterEach
    void stop() {
        keyringAnswers.countDown();
        sandbox.stop();
        io.shutdownNow();
    }

    @Test
    void theDialogOpensWhileTheKeyringIsMadeOffTheFxThreadAndThenSaysWhereTheTokenIs(FxRobot robot)
            throws Exception {
        robot.clickOn("#connectionButton");

        Thread maker = makingThread.get(15, TimeUnit.SECONDS);
        assertThat(maker.getName()).as("the thread that made the keyring").isEqualTo("test-io");
        Label storage = robot.lookup("#tokenStorage").queryAs(Label.class);
        assertThat(robot.lookup("#sandboxChoice").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(storage.getText()).isEmpty();
        assertThat(storage.isVisible()).isFalse();

        keyringAnswers.countDown();

        SandboxWindowTestBase.await(() -> storage.getText().equals("The token is kept in the fake keyring."),
                storage::getText);
        assertThat(storage.isVisible()).isTrue();
        robot.clickOn(DialogButtons.named(robot, "Cancel"));
    }

    /** A keyring in memory, named as the dialog shows it. */
    private static final class InMemoryKeyring implements Keyring {
        @Override
        public String name() {
            return "the fake keyring";
        }

        @Override
        public Optional<String> read(String account) {
            return Optional.empty();
        }

        @Override
        public void write(String account, String secret) {
        }

        @Override
        public void delete(String account) {
        }
    }
}
