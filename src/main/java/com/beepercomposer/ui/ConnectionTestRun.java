package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.SavedConnection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The connection dialog's Test connection: one check at a time, its answer in words. */
final class ConnectionTestRun {
    private final Function<SavedConnection, CompletableFuture<ConnectionStatus>> probe;
    private final Latest latest;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper();

    /** @param probe checks a Beeper Desktop choice; completes on any thread */
    ConnectionTestRun(Function<SavedConnection, CompletableFuture<ConnectionStatus>> probe, UiExecutor ui) {
        this.probe = probe;
        this.latest = new Latest(ui);
    }

    /** The sandbox always answers; Beeper Desktop is asked. */
    void run(SavedConnection choice) {
        if (choice.sandbox()) {
            latest.cancel();
            testing.set(false);
            result.set(Texts.get("dialog.test.sandbox"));
            return;
        }
        testing.set(true);
        result.set(Texts.get("connection.checking"));
        latest.run(probe.apply(choice), status -> {
            testing.set(false);
            result.set(describe(status));
        }, failure -> {
            testing.set(false);
            result.set(Failures.describe(failure));
        });
    }

    /** An answer about what the fields said before no longer applies. */
    void forget() {
        latest.cancel();
        testing.set(false);
        result.set("");
    }

    /** The dialog is going: an answer still on its way is not waited for. */
    void stop() {
        latest.cancel();
    }

    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    private static String describe(ConnectionStatus status) {
        return status.state() == ConnectionStatus.State.CONNECTED
                ? Texts.get("dialog.test.connected", status.appName() + " " + status.appVersion(), status.detail())
                : status.detail();
    }

    /** Checks the choice with a client of its own, as the connection bar does; making one takes a moment, not on the FX thread. */
    static CompletableFuture<ConnectionStatus> probeWithNewClient(SavedConnection choice) {
        return CompletableFuture.supplyAsync(() -> new BeeperClient(ClientConfig.of(choice.baseUrl(), choice.token())))
                .thenCompose(client -> new ConnectionProbe(client).check());
    }
}
