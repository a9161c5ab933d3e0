package com.beepercomposer.ui;

import com.beepercomposer.api.AppIdentity;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.ConnectionTarget;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the connection bar: where we send, whether it answers, and the sandbox badge. A token
 * the server refuses (any 401, at any time) makes it "unauthorised": sending pauses, with the
 * reason, until the person signs in again; the draft stays where it is.
 */
public final class ConnectionBarViewModel {
    public enum Health { CHECKING, OK, WARNING, ERROR }

    private final ConnectionTarget target;
    private final ConnectionProbe probe;
    private final UiExecutor ui;

    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(Texts.get("connection.checking"));
    private final ObjectProperty<Health> health = new SimpleObjectProperty<>(Health.CHECKING);
    private final ReadOnlyBooleanWrapper sandbox = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper securityWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper appVersion = new ReadOnlyStringWrapper("v" + AppIdentity.version());
    private final ReadOnlyBooleanWrapper unauthorized = new ReadOnlyBooleanWrapper();
    private final javafx.beans.binding.StringBinding sendPause = javafx.beans.binding.Bindings.createStringBinding(
            () -> unauthorized.get() ? Texts.get("connection.sendPaused") : "",
            unauthorized);

    public ConnectionBarViewModel(ConnectionTarget target, ConnectionProbe probe, UiExecutor ui) {
        this.target = target;
        this.probe = probe;
        this.ui = ui;
        String where = target.config().baseUri().getAuthority();
        targetText.set(Texts.get(target.sandbox() ? "connection.target.sandbox" : "connection.target.desktop", where));
        sandbox.set(target.sandbox());
        if (target.config().sendsTokenInClear()) {
            securityWarning.set(Texts.get("connection.clearText"));
        }
    }

    // commands

    /**
     * Hears every 401 the client gets, whatever asked, and pauses sending until the token works.
     *
     * @return stops listening
     */
    public Runnable followRefusals(com.beepercomposer.api.BeeperClient client) {
        return client.onUnauthorized(() -> ui.execute(this::refused));
    }

    private void refused() {
        unauthorized.set(true);
        health.set(Health.WARNING);
        statusText.set(Texts.get("connection.refused"));
    }

    /** Asks the server again; the answer lands on the UI thread. */
    public void refresh() {
        health.set(Health.CHECKING);
        statusText.set(Texts.get("connection.checking"));
        ui.deliver(probe.check(), this::show, error -> {
            health.set(Health.ERROR);
            statusText.set(Failures.describe(error));
        });
    }

    private void show(ConnectionStatus status) {
        switch (status.state()) {
            case CONNECTED -> {
                unauthorized.set(false);
                health.set(Health.OK);
                // Say what it is: the sandbox delivers nothing; Beeper Desktop, which version, as whom.
                statusText.set(target.sandbox() ? Texts.get("bar.sandboxBadge")
                        : status.appName() + (status.appVersion() == null ? "" : " " + status.appVersion())
                                + " · " + status.detail());
            }
            case UNAUTHORIZED -> refused();
            case NO_TOKEN -> {
                health.set(Health.WARNING);
                statusText.set(status.detail());
            }
            default -> {
                health.set(Health.ERROR);
                statusText.set(status.detail());
            }
        }
    }

    // properties

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Health> healthProperty() {
        return health;
    }

    public ReadOnlyBooleanProperty sandboxProperty() {
        return sandbox.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty securityWarningProperty() {
        return securityWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty appVersionProperty() {
        return appVersion.getReadOnlyProperty();
    }

    /** True while the server refuses the token: the bar offers "Sign in again". */
    public ReadOnlyBooleanProperty unauthorizedProperty() {
        return unauthorized.getReadOnlyProperty();
    }

    /** Why sending is paused, or empty: the composer's Send follows it. */
    public javafx.beans.binding.StringBinding sendPauseProperty() {
        return sendPause;
    }

    public ConnectionTarget target() {
        return target;
    }
}
