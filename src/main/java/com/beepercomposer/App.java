package com.beepercomposer;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.settings.AppDirectories;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.settings.PreferencesStore;
import com.beepercomposer.ui.AppServices;
import com.beepercomposer.ui.MainWindow;
import com.beepercomposer.ui.UiExecutor;
import com.beepercomposer.ui.UiSettings;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** Start-up: decide where to send, build the services, show the window. */
public class App extends Application {
    private ConnectionTarget target;
    private PreferencesStore preferences;
    private UiSettings settings;

    @Override
    public void init() {
        Path dataDir = AppDirectories.dataDir(System.getenv());
        preferences = new PreferencesStore(dataDir.resolve("preferences.properties"));
        target = new ConnectionTarget(ClientConfig.fromEnvironment(System.getenv()), false);
    }

    @Override
    public void start(Stage stage) {
        UiExecutor ui = UiExecutor.fx();
        settings = new UiSettings(preferences.load(), preferences, ui);
        AppServices services = new AppServices(target, new BeeperClient(target.config()), new InMemorySendLog(),
                settings, ui);
        new MainWindow(services).show(stage);
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.flush();
        }
    }
}
