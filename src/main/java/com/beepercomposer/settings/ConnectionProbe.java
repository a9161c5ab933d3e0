package com.beepercomposer.settings;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Causes;
import com.beepercomposer.api.Info;
import com.beepercomposer.api.TokenScrubber;
import com.beepercomposer.i18n.Texts;
import java.util.concurrent.CompletableFuture;

/**
 * Checks a connection the way the connection bar reports it: {@code GET /v1/info} says whether
 * something serves the API, then {@code GET /v1/accounts} says whether the token is accepted.
 */
public final class ConnectionProbe {
    private final BeeperClient client;
    private final CompletableFuture<Void> serverUp;

    public ConnectionProbe(BeeperClient client) {
        this(client, CompletableFuture.completedFuture(null));
    }

    /** A probe that asks only once the server is up (or failed to start), as for a sandbox starting beside the window. */
    public ConnectionProbe(BeeperClient client, CompletableFuture<Void> serverUp) {
        this.client = client;
        this.serverUp = serverUp;
    }

    public CompletableFuture<ConnectionStatus> check() {
        return serverUp.handle((up, error) -> null).thenCompose(ignored -> client.info())
                .thenCompose(this::checkToken).exceptionally(ConnectionProbe::describe);
    }

    private CompletableFuture<ConnectionStatus> checkToken(Info info) {
        String name = info.app() == null ? "Beeper Desktop" : info.app().name();
        String version = info.app() == null ? null : info.app().version();
        if (client.config().token() == null) {
            return CompletableFuture.completedFuture(new ConnectionStatus(ConnectionStatus.State.NO_TOKEN, name,
                    version, 0, Texts.get("probe.noToken")));
        }
        return client.accounts().handle((accounts, error) -> {
            if (error == null) {
                return new ConnectionStatus(ConnectionStatus.State.CONNECTED, name, version, accounts.size(),
                        signedInAs(accounts).orElse(Texts.get("probe.accounts", accounts.size())));
            }
            ApiException api = Causes.apiException(error);
            if (api != null && api.status() == 401) {
                return new ConnectionStatus(ConnectionStatus.State.UNAUTHORIZED, name, version, 0,
                        Texts.get("probe.refused"));
            }
            throw Causes.rethrowable(error);
        });
    }

    /** The person the token belongs to, as their first named account calls them. */
    private static java.util.Optional<String> signedInAs(java.util.List<com.beepercomposer.api.Account> accounts) {
        return accounts.stream().map(com.beepercomposer.api.Account::user).filter(java.util.Objects::nonNull)
                .map(user -> user.fullName() != null ? user.fullName()
                        : user.username() != null ? user.username() : user.email())
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static ConnectionStatus describe(Throwable error) {
        ApiException api = Causes.apiException(error);
        if (api == null) {
            Throwable cause = Causes.unwrap(error);
            return ConnectionStatus.failed(ConnectionStatus.State.ERROR,
                    TokenScrubber.scrub(String.valueOf(cause.getMessage())));
        }
        boolean unreachable = switch (api.kind()) {
            case CONNECTION_REFUSED, CONNECT_TIMEOUT, CONNECTION_FAILED, TIMEOUT -> true;
            default -> false;
        };
        return ConnectionStatus.failed(unreachable ? ConnectionStatus.State.UNREACHABLE : ConnectionStatus.State.ERROR,
                api.getMessage());
    }
}
