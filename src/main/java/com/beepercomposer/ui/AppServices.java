package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.settings.ConnectionTarget;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What the window is built around; the app and the UI tests each assemble one. */
public record AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                          UiExecutor ui, Executor io, DraftStore drafts, SavedDraft savedDraft,
                          ConnectionControl connection, Dialogs dialogs) {

    /** Services asking their questions with JavaFX dialogs. */
    public AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                       UiExecutor ui, Executor io, DraftStore drafts, SavedDraft savedDraft,
                       ConnectionControl connection) {
        this(target, client, log, settings, ui, io, drafts, savedDraft, connection, new FxDialogs());
    }

    /** Services without draft persistence or connection changes, for tests. */
    public AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                       UiExecutor ui, Executor io) {
        this(target, client, log, settings, ui, io, null, SavedDraft.NONE, null);
    }

    /** One daemon thread for disk work, in order: history rows are written in the order they happen. */
    public static ExecutorService newIoExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "history-io");
            thread.setDaemon(true);
            return thread;
        });
    }
}
