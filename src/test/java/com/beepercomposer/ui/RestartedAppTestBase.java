package com.beepercomposer.ui;

import com.beepercomposer.App;
import com.beepercomposer.settings.AppDirectories;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The real app started on a data folder an earlier run left behind ({@link #leftByTheLastRun}). */
@ExtendWith(ApplicationExtension.class)
abstract class RestartedAppTestBase {
    @TempDir
    Path dataDir;
    private App app;

    /** Writes into {@code dataDir} what the last run left there. */
    abstract void leftByTheLastRun(Path dataDir);

    /** Call from the test class's {@code @Start} method: TestFX looks for it on the class itself. */
    void startApp(Stage stage) {
        System.setProperty(AppDirectories.PROPERTY, dataDir.toString());
        leftByTheLastRun(dataDir);
        app = new App();
        app.init();
        app.start(stage);
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        robot.interact(() -> {
            try {
                app.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.clearProperty(AppDirectories.PROPERTY);
    }
}
