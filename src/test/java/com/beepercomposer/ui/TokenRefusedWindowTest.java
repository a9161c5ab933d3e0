package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.OAuthClient;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.work.Workers;
import java.util.concurrent.CompletableFuture;
import com.beepercomposer.settings.DesktopSignIn;
import com.beepercomposer.settings.SignedIn;
import com.beepercomposer.settings.TestBrowser;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A token that stops working mid-session (here: revoked at the server) pauses sending: the bar
 * says so and offers "Sign in again", Send says why it cannot, and the draft stays.
 */
@ExtendWith(ApplicationExtension.class)
class TokenRefusedWindowTest {
    private SandboxServer sandbox;
    private DesktopSignIn signIn;
    private SignedIn signedIn;
    private ExecutorService io;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = SandboxServer.builder().port(0).build().start();
        signIn = new DesktopSignIn(new OAuthClient(), TestBrowser.consenting(), Duration.ofMinutes(1));
        signedIn = signIn.signIn(sandbox.baseUrl()).get(30, TimeUnit.SECONDS);
        ClientConfig config = ClientConfig.of(sandbox.baseUrl(), signedIn.token());
        io = java.util.concurrent.Executors.newSingleThreadExecutor();
        ConnectionTarget target = new ConnectionTarget(config, false);
        ConnectionControl connection = new ConnectionControl() {
            @Override
            public SavedConnection current() {
                return SavedConnection.signedIn(sandbox.baseUrl(), signedIn.token(), signedIn.clientID());
            }

            @Override
            public CompletableFuture<Void> switchTo(SavedConnection choice) {
                return CompletableFuture.completedFuture(null);
            }
        };
        new MainWindow(new AppServices(target, new BeeperClient(config), new InMemorySendLog(),
                UiSettings.inMemory(), UiExecutor.fx(), Workers.allOn(io), AppServices.viaOf(target), null,
                SavedDrafts.NONE, connection)).show(stage);
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        sandbox.stop();
        io.shutdownNow();
    }

    @Test
    void aRefusedTokenPausesSendingAndKeepsTheDraft(FxRobot robot) throws Exception {
        Label status = robot.lookup(".status-label").queryAs(Label.class);
        SandboxWindowTestBase.await(() -> status.getText().equals(signedIn.server() + " · Sam Sandbox"),
                status::getText);
        Button again = robot.lookup("#signInAgainButton").queryButton();
        assertThat(again.isVisible()).isFalse();
        SandboxWindowTestBase.pickChat(robot, "Alice");
        robot.clickOn("#editor").write("Still here after the token goes");
        Button send = robot.lookup("#sendButton").queryButton();
        SandboxWindowTestBase.await(() -> !send.isDisabled());

        signIn.revoke(sandbox.baseUrl(), signedIn.token(), signedIn.clientID()).get(30, TimeUnit.SECONDS);
        robot.clickOn("#refreshButton");

        SandboxWindowTestBase.await(() -> status.getText().equals("The access token was refused: sign in again"),
                status::getText);
        assertThat(again.isVisible()).isTrue();
        assertThat(send.isDisabled()).isTrue();
        assertThat(robot.lookup("#sendReason").queryAs(Label.class).getText())
                .isEqualTo("Sending is paused: the access token was refused. Sign in again.");
        assertThat(robot.lookup("#editor").queryAs(CodeArea.class).getText())
                .isEqualTo("Still here after the token goes");
    }

}
