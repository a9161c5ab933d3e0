package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.settings.ConnectionTarget;
import com.beepercomposer.work.Workers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the window is built around; the app and the UI tests each assemble one.
 *
 * @param via where sends made now go, with the account once the server has named it
 * @param serverUp completes once the server can answer (the built-in sandbox starts beside the window);
 *                 the connection bar checks the connection after it
 */
public record AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                          UiExecutor ui, Workers workers, Supplier<ConnectionRef> via, DraftStore drafts,
                          SavedDrafts savedDraft, ConnectionControl connection, Dialogs dialogs,
                          CompletableFuture<Void> serverUp) {

    /** Services asking their questions with JavaFX dialogs. */
    public AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                       UiExecutor ui, Workers workers, Supplier<ConnectionRef> via, DraftStore drafts,
                       SavedDrafts savedDraft, ConnectionControl connection) {
        this(target, client, log, settings, ui, workers, via, drafts, savedDraft, connection, new FxDialogs(),
                CompletableFuture.completedFuture(null));
    }

    /** Services without draft persistence or connection changes, all background work on {@code io}, for tests. */
    public AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                       UiExecutor ui, Executor io) {
        this(target, client, log, settings, ui, Workers.allOn(io), viaOf(target), null, SavedDrafts.NONE, null);
    }

    /** The connection a target stands for, before any account is known. */
    public static Supplier<ConnectionRef> viaOf(ConnectionTarget target) {
        ConnectionRef via = ConnectionRef.of(target.sandbox(), target.config().baseUri());
        return () -> via;
    }
}
