package com.beepercomposer.cli;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.Account;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.work.Workers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The server a command talks to, chosen as the app chooses at start-up (the environment, then
 * the connection saved in the app) except that the sandbox is never a silent fallback: only
 * {@code --sandbox} starts one, temporary, for this command alone.
 */
final class CliConnection implements AutoCloseable {
    static final String HOW_TO_CONFIGURE = "No connection to Beeper Desktop is configured. Either\n"
            + "  export BEEPER_ACCESS_TOKEN=...   (from Beeper Desktop: Settings > Developers;"
            + " BEEPER_BASE_URL if not http://localhost:23373)\n"
            + "  or choose Beeper Desktop in the app's Connection... dialog,\n"
            + "  or pass --sandbox to try against a temporary sandbox (nothing is delivered).";

    private final BeeperClient client;
    private final ExecutorService network;
    private final TemporarySandbox sandbox;
    private final ConnectionRef via;

    private CliConnection(ClientConfig config, TemporarySandbox sandbox) {
        this.network = Workers.newNetworkExecutor("cli");
        this.client = new BeeperClient(config, network);
        this.sandbox = sandbox;
        this.via = ConnectionRef.of(sandbox != null, config.baseUri());
    }

    static CliConnection open(Map<String, String> env, ConnectionSource saved, boolean useSandbox) {
        if (useSandbox) {
            TemporarySandbox server = saved.startSandbox();
            return new CliConnection(ClientConfig.of(server.baseUrl(), AccessToken.of(server.token())), server);
        }
        ClientConfig fromEnvironment;
        try {
            fromEnvironment = ClientConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, "BEEPER_BASE_URL or BEEPER_ACCESS_TOKEN is not usable: "
                    + e.getMessage());
        }
        if (fromEnvironment.token() != null) {
            return new CliConnection(fromEnvironment, null);
        }
        SavedConnection choice = saved.load();
        if (!choice.sandbox() && choice.token() != null) {
            return new CliConnection(ClientConfig.of(choice.baseUrl(), choice.token()), null);
        }
        throw new CliFailure(ExitCode.NOT_AUTHORISED, HOW_TO_CONFIGURE);
    }

    BeeperClient client() {
        return client;
    }

    boolean sandbox() {
        return sandbox != null;
    }

    /** Where sends go, with the account the server names when it answers. */
    ConnectionRef via(List<Account> accounts) {
        return accounts.stream().map(Account::user).filter(user -> user != null)
                .map(user -> user.fullName() != null ? user.fullName()
                        : user.username() != null ? user.username() : user.id())
                .filter(name -> name != null).findFirst().map(via::withAccount).orElse(via);
    }

    @Override
    public void close() {
        network.shutdownNow();
        if (sandbox != null) {
            sandbox.stop().run();
        }
    }
}
