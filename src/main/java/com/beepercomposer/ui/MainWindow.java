package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.DraftSync;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.compose.SendMatrix;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.i18n.Language;
import com.beepercomposer.settings.ConnectionProbe;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the main window's views around the services; the app and the UI tests share it. A
 * window lives as long as its connection: {@link #close()} cancels what it registered on
 * anything that outlives it (the history, the stage), so a switch leaves it collectable.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    public static final String TITLE = "Beeper Composer";

    private final AppServices services;
    private ComposerViewModel composer;
    private ComposerView composerView;
    private HistoryViewModel history;
    private boolean closed;
    private Runnable stopFollowingRefusals = () -> { };
    private Parent root;

    public MainWindow(AppServices services) {
        this.services = services;
    }

    public Parent load() {
        UiExecutor ui = services.ui();
        Sender sender = new Sender(services.client(), services.log(), Clock.systemUTC(),
                services.workers().history(), services.via());
        composer = new ComposerViewModel(
                new ChatPickerViewModel(new ChatFinder(services.client()), ui),
                new ReplyPickerViewModel(new ReplyCandidates(services.client()), ui),
                new AttachmentViewModel(services.client(), ui, services.workers().files(), services.dialogs(),
                        new PastedFiles(services.workers().files())),
                sender, services.client(), ui);
        if (services.drafts() != null) {
            composer.restore(services.savedDraft());
            composer.autosaveTo(services.drafts(), services.workers().files());
        } else if (services.savedDraft() != SavedDrafts.NONE) {
            composer.restore(services.savedDraft());
        }
        history = new HistoryViewModel(services.log(), sender, composer, services.via().get(), ui,
                services.workers(), services.dialogs(), services.client()::assetBytes);
        ConnectionBarViewModel bar = new ConnectionBarViewModel(services.target(),
                new ConnectionProbe(services.client(), services.serverUp()), ui);
        stopFollowingRefusals = bar.followRefusals(services.client());
        composer.sendPauseProperty().bind(bar.sendPauseProperty());
        // Every view on the first frame is built in code: FXML's first load alone held that frame up.
        Parent connectionBar = new ConnectionBarView(bar, services.settings(), services.connection(), ui,
                services.workers().connections()).root();
        Parent attachment = new AttachmentView(composer, new SendAsLauncher(composer,
                new SendMatrix(sender, services.log(), Clock.systemUTC(), services.workers().history()), history))
                .root();
        composerView = new ComposerView(composer,
                new BeeperDraftViewModel(composer, new DraftSync(services.client()), ui, services.dialogs()),
                services.settings());
        Parent composerRoot = composerView.root(attachment);
        Parent historyRoot = new HistoryView(history, services.settings()).root();
        root = new MainView(services.settings(), this::changeLanguage).root(connectionBar, composerRoot, historyRoot);
        // On the root, not the scene: the scene outlives this window, a filter on it would keep it alive.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ComposerView.FOCUS_CHAT.match(event) && composerView != null) {
                event.consume();
                composerView.focusChat();
            }
        });
        WindowKeys.install(root);
        // Once drawn, every control is in the scene graph (a split pane's items join it with its skin).
        Parent drawn = root;
        AfterFirstFrame.run(root, () -> HoverTooltips.install(drawn));
        return root;
    }

    /**
     * Speaks the chosen language at once: the views are built again around the same connection,
     * as a connection switch does, and the drafts come along with their uploads (same server).
     */
    private void changeLanguage(Language language) {
        services.settings().setLanguage(language);
        Stage stage = (Stage) root.getScene().getWindow();
        SavedDrafts draft = currentDraft();
        close();
        AppServices s = services;
        MainWindow next = new MainWindow(new AppServices(s.target(), s.client(), s.log(), s.settings(), s.ui(),
                s.workers(), s.via(), s.drafts(), draft, s.connection(), s.dialogs(), s.serverUp()));
        next.replaceIn(stage);
        if (s.connection() != null) {
            s.connection().windowReplaced(next);
        }
    }

    /** The draft as it stands, to carry it over when the window is rebuilt for another connection. */
    public SavedDrafts currentDraft() {
        return composer == null ? SavedDrafts.NONE : composer.savedDrafts();
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

    /**
     * Ends this window's life: the draft is saved, and its subscriptions and timers are
     * cancelled. Its views stay on screen until the next window replaces them.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopFollowingRefusals.run();
        if (composer != null) {
            composer.close();
        }
        if (history != null) {
            history.close();
        }
    }

    public void show(Stage stage) {
        EmojiFont.load();
        services.settings().applyTheme();
        stage.setTitle(TITLE);
        stage.setScene(new Scene(load()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        services.settings().restoreAndFollow(stage);
        stage.show();
        // Decoding them held the first frame up by about 50 ms: the window takes them a moment later.
        AfterFirstFrame.run(stage.getScene().getRoot(), () -> services.ui().deliver(
                CompletableFuture.supplyAsync(WindowIcons::load, services.workers().files()),
                icons -> stage.getIcons().setAll(icons),
                error -> LOG.warn("No window icons: {}", error.toString())));
    }
}
