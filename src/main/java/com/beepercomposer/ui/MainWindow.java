package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.settings.ConnectionProbe;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Builds the main window's views around the services; the app and the UI tests share it. */
public final class MainWindow {
    public static final String TITLE = "Beeper Composer";

    private final AppServices services;
    private ComposerViewModel composer;

    public MainWindow(AppServices services) {
        this.services = services;
    }

    public Parent load() {
        UiExecutor ui = services.ui();
        Sender sender = new Sender(services.client(), services.log(), Clock.systemUTC(), services.io());
        composer = new ComposerViewModel(
                new ChatPickerViewModel(new ChatFinder(services.client()), ui),
                new ReplyPickerViewModel(new ReplyCandidates(services.client()), ui),
                new AttachmentViewModel(services.client(), ui, services.io(), services.dialogs(),
                        new PastedFiles(services.io())),
                sender, services.client(), ui);
        if (services.drafts() != null) {
            composer.restore(services.savedDraft());
            composer.autosaveTo(services.drafts(), services.io());
        }
        return new Views()
                .register(MainView.class, MainView::new)
                .register(ConnectionBarView.class, () -> new ConnectionBarView(
                        new ConnectionBarViewModel(services.target(), new ConnectionProbe(services.client()), ui),
                        services.settings(), services.connection(), ui))
                .register(ComposerView.class, () -> new ComposerView(composer, services.settings()))
                .register(AttachmentView.class, () -> new AttachmentView(composer))
                .register(HistoryView.class, () -> new HistoryView(new HistoryViewModel(services.log(), sender,
                        composer::loadFromHistory, services.client().config().baseUri(), ui, services.io())))
                .load("MainView.fxml");
    }

    /** The draft as it stands, to carry it over when the window is rebuilt for another connection. */
    public SavedDraft currentDraft() {
        return composer == null ? SavedDraft.NONE : SavedDraft.of(composer.draftProperty().get());
    }

    /** Tells the person something went wrong that belongs to no one field. */
    public void showProblem(String header, String detail) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                detail);
        alert.setHeaderText(header);
        alert.show();
    }

    /** Puts this window's views into a stage that is already showing (after a reconnect). */
    public void replaceIn(Stage stage) {
        stage.getScene().setRoot(load());
    }

    /** Called on exit: what is typed is on its way to disk before the disk thread stops. */
    public void saveDraftNow() {
        if (composer != null) {
            composer.flushDraft();
        }
    }

    public void show(Stage stage) {
        services.settings().applyTheme();
        stage.setTitle(TITLE);
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(MainWindow.class.getResource("icons/beeper-composer-" + size + ".png")
                    .toExternalForm()));
        }
        stage.setScene(new Scene(load()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        services.settings().restoreAndFollow(stage);
        stage.show();
    }
}
