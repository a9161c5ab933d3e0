package com.beepercomposer.ui;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.work.Workers;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** History view models as the UI tests build them, and a history view shown in a test's stage. */
final class HistoryModels {
    private HistoryModels() {
    }

    /**
     * A model as the window has it: results on the FX thread, sends through {@code client} to
     * {@code here} and every lane on {@code io}, questions in real dialogs; rows loaded into the
     * composer go nowhere.
     */
    static HistoryViewModel onFx(SendLog log, BeeperClient client, ConnectionRef here, Executor io) {
        return onFx(log, client, here, io, row -> { });
    }

    /** {@link #onFx(SendLog, BeeperClient, ConnectionRef, Executor)} with rows loaded into {@code composer}. */
    static HistoryViewModel onFx(SendLog log, BeeperClient client, ConnectionRef here, Executor io,
                                 ComposerBridge composer) {
        return new HistoryViewModel(log, sender(log, client, here, io), composer, here, UiExecutor.fx(),
                Workers.allOn(io), new FxDialogs());
    }

    /**
     * {@link #onFx(SendLog, BeeperClient, ConnectionRef, Executor)} whose matrix fetches its thumbnails
     * through {@code client}.
     */
    static HistoryViewModel onFxWithThumbnails(SendLog log, BeeperClient client, ConnectionRef here, Executor io) {
        return new HistoryViewModel(log, sender(log, client, here, io), row -> { }, here, UiExecutor.fx(),
                Workers.allOn(io), new FxDialogs(), client::assetBytes);
    }

    /** A model without a toolkit: everything runs on the calling thread. */
    static HistoryViewModel direct(SendLog log, Sender sender, ComposerBridge composer, ConnectionRef here,
                                   Dialogs dialogs) {
        return new HistoryViewModel(log, sender, composer, here, UiExecutor.direct(), Workers.allOn(Runnable::run),
                dialogs);
    }

    /**
     * {@link #direct} with a sender to a Beeper Desktop nobody answers for (port 9), for tests
     * that never reach the server; rows loaded into the composer go nowhere.
     */
    static HistoryViewModel offline(SendLog log, ConnectionRef here, Dialogs dialogs) {
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t")));
        return direct(log, sender(log, client, here, Runnable::run), row -> { }, here, dialogs);
    }

    /** Shows the model's history view in {@code stage} at the given size, in the app's theme; returns its table. */
    @SuppressWarnings("unchecked")
    static TableView<HistoryRow> showTable(Stage stage, HistoryViewModel model, double width, double height) {
        UiSettings.inMemory().applyTheme();
        Parent root = new HistoryView(model).root();
        stage.setScene(new Scene(root, width, height));
        stage.show();
        return (TableView<HistoryRow>) root.lookup(".table-view");
    }

    private static Sender sender(SendLog log, BeeperClient client, ConnectionRef here, Executor io) {
        return new Sender(client, log, Clock.systemUTC(), io, () -> here);
    }
}
