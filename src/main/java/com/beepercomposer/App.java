package com.beepercomposer;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.PendingResolver;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SqliteSendLog;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.AppDirectories;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.settings.PreferencesStore;
import com.beepercomposer.settings.UiPreferences;
import com.beepercomposer.ui.AppServices;
import com.beepercomposer.ui.MainWindow;
import com.beepercomposer.ui.UiExecutor;
import com.beepercomposer.ui.UiSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up: decide where to send, open the history and preferences (in {@link #init()}, off
 * the FX thread), then show the window.
 */
public class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private ConnectionTarget target;
    private PreferencesStore preferencesStore;
    private UiPreferences preferences;
    private SendLog log;
    private ExecutorService io;
    private UiSettings settings;
    private DraftStore drafts;
    private SavedDraft savedDraft;
    private PendingResolver resolver;
    private SandboxServer sandbox;
    private CompletableFuture<Void> sandboxStarted = CompletableFuture.completedFuture(null);
    private BeeperClient client;
    private MainWindow window;

    @Override
    public void init() {
        Path dataDir = AppDirectories.dataDir(System.getenv());
        // The slow parts of start-up overlap: the sandbox's server starts while the window is
        // built, and the history and the HTTP client are made side by side.
        target = chooseTarget(ClientConfig.fromEnvironment(System.getenv()));
        CompletableFuture<SendLog> history = CompletableFuture.supplyAsync(
                () -> openHistory(dataDir.resolve("history.sqlite")));
        CompletableFuture<BeeperClient> newClient = CompletableFuture.supplyAsync(
                () -> new BeeperClient(target.config()));
        preferencesStore = new PreferencesStore(dataDir.resolve("preferences.properties"));
        preferences = preferencesStore.load();
        io = AppServices.newIoExecutor();
        drafts = new DraftStore(dataDir.resolve("draft.json"));
        savedDraft = drafts.load();
        log = history.join();
        client = newClient.join();
    }

    /**
     * With a token, Beeper Desktop; without one, the built-in sandbox on a free loopback port.
     * The sandbox is started in the background: a request that comes before it listens is
     * refused and retried, as for any server that is still starting.
     */
    private ConnectionTarget chooseTarget(ClientConfig fromEnvironment) {
        if (fromEnvironment.token() != null) {
            return new ConnectionTarget(fromEnvironment, false);
        }
        int port = freeLoopbackPort();
        sandbox = SandboxServer.builder().port(port).build();
        sandboxStarted = CompletableFuture.runAsync(sandbox::start);
        sandboxStarted.exceptionally(error -> {
            LOG.error("The built-in sandbox could not start on port {}", port, error);
            return null;
        });
        String baseUrl = "http://" + SandboxServer.HOST + ":" + port;
        LOG.info("No BEEPER_ACCESS_TOKEN: using the built-in sandbox at {}", baseUrl);
        return new ConnectionTarget(ClientConfig.of(baseUrl, AccessToken.of(sandbox.token())), true);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the sandbox", e);
        }
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
    public void start(Stage stage) {
        UiExecutor ui = UiExecutor.fx();
        settings = new UiSettings(preferences, preferencesStore, ui);
        AppServices services = new AppServices(target, client, log, settings, ui, io, drafts, savedDraft);
        window = new MainWindow(services);
        window.show(stage);
        resolver = new PendingResolver(client, log, Clock.systemUTC(), PendingResolver.Polling.DEFAULT,
                EventStream.Backoff.DEFAULT);
        sandboxStarted.thenRunAsync(resolver::start, io);
    }

    /** Exit: the last draft, preferences and history writes land before the disk thread stops. */
    @Override
    public void stop() throws Exception {
        if (resolver != null) {
            resolver.close();
        }
        if (window != null) {
            window.saveDraftNow();
        }
        if (settings != null) {
            settings.flush();
        }
        io.shutdown();
        io.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        if (log instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (sandbox != null) {
            sandboxStarted.handle((ok, error) -> null).join();
            sandbox.stop();
        }
    }
}
