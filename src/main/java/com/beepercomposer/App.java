package com.beepercomposer;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.ui.MainWindow;
import com.beepercomposer.ui.UiExecutor;
import javafx.application.Application;
import javafx.stage.Stage;

/** Start-up: decide where to send, build the services, show the window. */
public class App extends Application {
    private ConnectionTarget target;

    @Override
    public void init() {
        target = new ConnectionTarget(ClientConfig.fromEnvironment(System.getenv()), false);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(target, new BeeperClient(target.config()), new InMemorySendLog(), UiExecutor.fx()).show(stage);
    }
}
