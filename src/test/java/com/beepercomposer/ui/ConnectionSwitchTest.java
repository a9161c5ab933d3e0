package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.App;
import com.beepercomposer.FakeBeeperDesktop;
import com.beepercomposer.settings.AppDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real app, started on its sandbox, switched to "Beeper Desktop" through the Connection dialog. */
@ExtendWith(ApplicationExtension.class)
class ConnectionSwitchTest {
    private static final String TOKEN = "desktop-token-42";

    @TempDir
    Path dataDir;
    private MockWebServer desktop;
    private App app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(AppDirectories.PROPERTY, dataDir.toString());
        desktop = FakeBeeperDesktop.start(TOKEN);
        app = new App();
        app.init();
        app.start(stage);
        stage.requestFocus();
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                app.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        desktop.close();
        System.clearProperty(AppDirectories.PROPERTY);
    }

    @Test
    void switchingToBeeperDesktopTestsTheTokenThenReconnectsTheWindow(FxRobot robot) throws Exception {
        Label status = robot.lookup(".status-label").queryAs(Label.class);
        waitFor(15, TimeUnit.SECONDS, () -> status.getText().equals("Sandbox: nothing is delivered"));
        assertThat(robot.lookup(".sandbox-badge").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn("#connectionButton");
        // Asked off the FX thread: the words come a moment after the dialog.
        Label storage = robot.lookup("#tokenStorage").queryAs(Label.class);
        waitFor(15, TimeUnit.SECONDS, () -> storage.getText()
                .startsWith("No system keyring answers: the token is kept in a file only you can read"));
        assertThat(robot.lookup("#signInButton").queryButton().isVisible()).isTrue();
        robot.clickOn("#desktopChoice");
        robot.interact(() -> robot.lookup("#urlField").queryTextInputControl()
                .setText("http://127.0.0.1:" + desktop.getPort()));
        robot.clickOn("#tokenField").write(TOKEN);
        robot.clickOn("#testButton");
        Label result = robot.lookup("#testResult").queryAs(Label.class);
        waitFor(15, TimeUnit.SECONDS, () -> result.getText().startsWith("Connected to Beeper Desktop 4.2.1"));
        // The dialog fits its content: the button is whole and the answer has the height it needs.
        javafx.scene.control.Button test = robot.lookup("#testButton").queryButton();
        // Measured on the FX thread: text layout is not safe beside the FX thread's own layout pass.
        waitFor(5, TimeUnit.SECONDS, () -> org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> test.getWidth() >= test.prefWidth(-1) && result.getHeight() >= result.prefHeight(result.getWidth()))
                .get());
        robot.clickOn("Connect");

        waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".target-label").queryAs(Label.class).getText()
                .equals("Beeper Desktop at 127.0.0.1:" + desktop.getPort()));
        Label newStatus = robot.lookup(".status-label").queryAs(Label.class);
        waitFor(15, TimeUnit.SECONDS, () -> newStatus.getText().equals("Beeper Desktop 4.2.1 · Me"));
        assertThat(robot.lookup(".sandbox-badge").queryAs(Label.class).isVisible()).isFalse();
        Path tokenFile = dataDir.resolve("access-token");
        waitFor(5, TimeUnit.SECONDS, () -> Files.exists(tokenFile));
        assertThat(Files.readString(tokenFile)).isEqualTo(TOKEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
        assertThat(Files.readString(dataDir.resolve("connection.properties"))).doesNotContain(TOKEN);
    }

    @Test
    void choosingTheSandboxAndBackKeepsTheTypedUrlAndTokenAndWritesNothing(FxRobot robot) throws Exception {
        Label status = robot.lookup(".status-label").queryAs(Label.class);
        waitFor(15, TimeUnit.SECONDS, () -> status.getText().equals("Sandbox: nothing is delivered"));
        String url = "http://127.0.0.1:" + desktop.getPort();

        robot.clickOn("#connectionButton");
        robot.clickOn("#desktopChoice");
        robot.interact(() -> robot.lookup("#urlField").queryTextInputControl().clear());
        robot.clickOn("#urlField").write(url);
        robot.clickOn("#tokenField").write(TOKEN);
        robot.clickOn("#sandboxChoice");
        assertThat(robot.lookup("#desktopFields").query().isDisabled()).isTrue();
        robot.clickOn("#desktopChoice");

        assertThat(robot.lookup("#urlField").queryTextInputControl().getText()).isEqualTo(url);
        assertThat(robot.lookup("#tokenField").queryTextInputControl().getText()).isEqualTo(TOKEN);
        assertThat(robot.lookup("Connect").queryButton().isDisabled()).isFalse();
        robot.clickOn(DialogButtons.named(robot, "Cancel"));
        // Typed, hidden and shown again, the token went nowhere: no file of the app holds it.
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#tokenField").tryQuery().isEmpty());
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(TOKEN);
            }
        }
    }
}
