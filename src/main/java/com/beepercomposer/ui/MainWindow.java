package com.beepercomposer.ui;

import atlantafx.base.theme.PrimerLight;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionTarget;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Builds the main window's views around the services; the app and the UI tests share it. */
public final class MainWindow {
    public static final String TITLE = "Beeper Composer";

    private final ConnectionTarget target;
    private final BeeperClient client;
    private final SendLog log;
    private final UiExecutor ui;

    public MainWindow(ConnectionTarget target, BeeperClient client, SendLog log, UiExecutor ui) {
        this.target = target;
        this.client = client;
        this.log = log;
        this.ui = ui;
    }

    public Parent load() {
        ComposerViewModel composer = new ComposerViewModel(
                new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new Sender(client, log, Clock.systemUTC()), ui);
        return new Views()
                .register(MainView.class, MainView::new)
                .register(ConnectionBarView.class, () -> new ConnectionBarView(
                        new ConnectionBarViewModel(target, new ConnectionProbe(client), ui)))
                .register(ComposerView.class, () -> new ComposerView(composer))
                .register(HistoryView.class, () -> new HistoryView(new HistoryViewModel(log, ui)))
                .load("MainView.fxml");
    }

    public void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle(TITLE);
        stage.setScene(new Scene(load(), 1100, 760));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
    }
}
