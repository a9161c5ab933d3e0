package com.beepercomposer;

import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.OpeningSendLog;
import com.beepercomposer.i18n.Language;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SqliteSendLog;
import com.beepercomposer.settings.AppDirectories;
import com.beepercomposer.api.OAuthClient;
import com.beepercomposer.settings.ConnectionStore;
import com.beepercomposer.settings.DesktopSignIn;
import com.beepercomposer.settings.PreferencesStore;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.settings.UiPreferences;
import com.beepercomposer.ui.AfterFirstFrame;
import com.beepercomposer.ui.AppServices;
import com.beepercomposer.ui.ConnectionControl;
import com.beepercomposer.ui.EmojiFont;
import com.beepercomposer.ui.Failures;
import com.beepercomposer.ui.FxDialogs;
import com.beepercomposer.ui.MainWindow;
import com.beepercomposer.ui.UiExecutor;
import com.beepercomposer.ui.UiSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.sql.SQLException;
import com.beepercomposer.work.Workers;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up: decide where to send, read the preferences and the draft (in {@link #init()}, off
 * the FX thread), then show the window; the history and the sandbox open after its first frame.
 * Where to send is, in order: BEEPER_ACCESS_TOKEN (and BEEPER_BASE_URL) from the environment, the
 * connection chosen in the app, the sandbox.
 */
public class App extends Application implements ConnectionControl {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** A system property that keeps the token out of the OS keyring (in the owner-only file). */
    public static final String NO_KEYRING = "beepercomposer.noKeyring";
    /**
     * A system property for a training start: the app quits once its window is drawn and what
     * it builds after the first frame is built. The packaging runs one to record the classes a
     * start loads, for the class-data archive the packaged app maps instead of loading them.
     */
    public static final String EXIT_WHEN_SHOWN = "beepercomposer.exitWhenShown";

    private PreferencesStore preferencesStore;
    private UiPreferences preferences;
    private ConnectionStore connectionStore;
    private SavedConnection choice;
    private Session session;
    private SendLog log;
    private Workers workers;
    private UiSettings settings;
    private DraftStore drafts;
    private SavedDrafts savedDraft;
    private MainWindow window;
    private Stage stage;
    private String startupProblem;
    /** The longest the sandbox and the history wait for the window's first frame. */
    static final java.time.Duration FIRST_FRAME_WAIT = java.time.Duration.ofSeconds(3);
    /** Completes once the window has drawn its first frame: the sandbox and the history open after it. */
    private final CompletableFuture<Void> firstFrame = new CompletableFuture<>();

    /**
     * Only what the first frame needs is read here (the connection chosen, preferences, the draft,
     * fonts and icons): the history and the sandbox open in the background once the window has
     * drawn its first frame, its history filling in and its connection bar checking once they are
     * there.
     */
    @Override
    public void init() {
        Path dataDir = AppDirectories.dataDir(System.getenv());
        CompletableFuture<SendLog> history = firstFrame.thenApplyAsync(
                ignored -> openHistory(dataDir.resolve("history.sqlite")));
        // First the language: a problem with the environment is told in it.
        preferencesStore = new PreferencesStore(dataDir.resolve("preferences.properties"));
        preferences = preferencesStore.load();
        Texts.use(Language.ofTag(preferences.language()));
        // The saved connection is read and the client made while the draft and the fonts are read.
        CompletableFuture<Session> opening = CompletableFuture.supplyAsync(() -> {
            // The keyring is made only if the saved connection's token is in it; else after the first frame.
            connectionStore = new ConnectionStore(dataDir, App::keyring);
            choice = chooseConnection(environment(System.getenv(), problem -> startupProblem = problem),
                    connectionStore.load());
            return Session.open(choice, firstFrame);
        });
        settings = new UiSettings(preferences, preferencesStore, UiExecutor.fx());
        // The FX thread is idle until start(): it reads the theme's stylesheet meanwhile.
        UiExecutor.fx().execute(settings::applyTheme);
        workers = Workers.start();
        drafts = new DraftStore(dataDir);
        // Uploads are made again: the server that took them may not be the one this run talks to.
        savedDraft = EarlyDrafts.take(dataDir, drafts).withoutUploads();
        EmojiFont.load();
        session = joined(opening);
        log = new OpeningSendLog(history);
        firstFrame.thenRunAsync(connectionStore::openKeyring, workers.connections());
    }

    /** The value, or the failure as it was thrown where the work ran. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The connection the environment names; a malformed token or URL there is reported (never
     * quoting the token) and ignored, so the app still starts on the saved choice or the sandbox.
     */
    static ClientConfig environment(Map<String, String> env, Consumer<String> problem) {
        try {
            return ClientConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            String text = Texts.get("app.environmentUnusable", e.getMessage());
            LOG.warn(text);
            problem.accept(text);
            return ClientConfig.fromEnvironment(Map.of());
        }
    }

    /** The OS keyring, unless turned off (the tests do: they must never touch a real one). */
    private static com.beepercomposer.settings.Keyring keyring() {
        if (Boolean.getBoolean(NO_KEYRING) || System.getenv("BEEPER_COMPOSER_NO_KEYRING") != null) {
            return null;
        }
        return com.beepercomposer.settings.JavaKeyring.system().orElse(null);
    }

    static SavedConnection chooseConnection(ClientConfig fromEnvironment, SavedConnection saved) {
        if (fromEnvironment.token() != null) {
            return SavedConnection.desktop(fromEnvironment.baseUri().toString(), fromEnvironment.token());
        }
        return saved.usable() ? saved : SavedConnection.SANDBOX;
    }

    private static SendLog openHistory(Path file) {
        try {
            return SqliteSendLog.open(file);
        } catch (SQLException e) {
            LOG.error("Cannot open the history at {}; this session's sends are kept in memory only", file, e);
            return new InMemorySendLog();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        window = new MainWindow(services(savedDraft));
        window.show(stage);
        // On two cores they would slow the first frame down; a window that draws nothing soon does not hold them up.
        AfterFirstFrame.run(stage.getScene().getRoot(), () -> firstFrame.complete(null));
        firstFrame.completeOnTimeout(null, FIRST_FRAME_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        session.follow(log, workers);
        if (startupProblem != null) {
            window.showProblem(Texts.get("app.environmentNotUsed"), startupProblem);
        }
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            AfterFirstFrame.run(stage.getScene().getRoot(), javafx.application.Platform::exit);
        }
    }

    private AppServices services(SavedDrafts draft) {
        Session current = session;
        return new AppServices(session.target(), session.client(), log, settings, UiExecutor.fx(), workers,
                current::via, drafts, draft, this, new FxDialogs(), session.ready());
    }

    /** The window as it stands, for tests that check an old one is gone after a switch. */
    MainWindow window() {
        return window;
    }

    @Override
    public void windowReplaced(MainWindow next) {
        window = next;
    }

    @Override
    public SavedConnection current() {
        return choice;
    }

    @Override
    public String tokenStorage() {
        return connectionStore.tokenStorage();
    }

    /** Sign-in opens the system browser through JavaFX's host services. */
    @Override
    public DesktopSignIn signIn() {
        return new DesktopSignIn(new OAuthClient(), page -> getHostServices().showDocument(page.toString()),
                DesktopSignIn.DEFAULT_TIMEOUT);
    }

    /**
     * Saves the choice, closes the old window and session and opens the new one off the FX
     * thread, then builds the views around it. The old window is closed first, so nothing it
     * started can act on the new connection or keep the old one alive.
     */
    @Override
    public CompletableFuture<Void> switchTo(SavedConnection newChoice) {
        // The drafts come along; their files are uploaded again to the new connection's server.
        SavedDrafts draft = window.currentDraft().withoutUploads();
        window.close();
        Session old = session;
        CompletableFuture<Session> next = CompletableFuture.supplyAsync(() -> {
            try {
                connectionStore.save(newChoice);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                old.close();
            }
            return Session.open(newChoice);
        }, workers.connections());
        CompletableFuture<Void> shown = new CompletableFuture<>();
        UiExecutor.fx().deliver(next, opened -> {
            choice = newChoice;
            showSession(opened, draft);
            shown.complete(null);
        }, error -> {
            LOG.error("Could not switch the connection: {}", Failures.describe(error));
            // The old session is closed: come back on a fresh one of the old choice rather than a dead window.
            UiExecutor.fx().deliver(CompletableFuture.supplyAsync(() -> Session.open(choice), workers.connections()),
                    reopened -> {
                        showSession(reopened, draft);
                        window.showProblem(Texts.get("app.switchFailed"), Failures.describe(error));
                        shown.completeExceptionally(error);
                    }, shown::completeExceptionally);
        });
        return shown;
    }

    private void showSession(Session opened, SavedDrafts draft) {
        session = opened;
        window = new MainWindow(services(draft));
        window.replaceIn(stage);
        session.follow(log, workers);
    }

    /** Exit: the last draft, preferences and history writes land before the disk thread stops. */
    @Override
    public void stop() throws Exception {
        if (window != null) {
            window.saveDraftNow();
            window.close();
        }
        if (settings != null) {
            settings.flush();
        }
        // Closed before the go-ahead, the session builds no sandbox; the history then opens to be closed.
        session.close();
        firstFrame.complete(null);
        workers.close();
        if (log instanceof AutoCloseable closeable) {
            closeable.close();
        }
        RunArchive.makeIfWanted();
    }
}
