package com.beepercomposer.ui;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.SavedConnection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The connection dialog's state: sandbox or Beeper Desktop at a URL with a token, each field's
 * problem next to it, and the outcome of Test connection. A token typed here is checked as the
 * client will take it; an empty token field keeps the saved token, which is never shown back.
 */
public final class ConnectionDialogViewModel {
    private final SavedConnection current;
    private final Function<SavedConnection, CompletableFuture<ConnectionStatus>> probe;
    private final Latest test;

    private final BooleanProperty sandbox = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper();

    private final StringBinding urlError;
    private final StringBinding tokenError;
    private final StringBinding clearTextWarning;
    private final BooleanBinding complete;

    /** A dialog whose Test connection builds a client for the choice and checks it as the connection bar does. */
    public ConnectionDialogViewModel(SavedConnection current, UiExecutor ui) {
        this(current, ui, ConnectionDialogViewModel::probeWithNewClient);
    }

    /** @param probe checks a Beeper Desktop choice; completes on any thread */
    public ConnectionDialogViewModel(SavedConnection current, UiExecutor ui,
                                     Function<SavedConnection, CompletableFuture<ConnectionStatus>> probe) {
        this.current = current;
        this.probe = probe;
        this.test = new Latest(ui);
        sandbox.set(current.sandbox());
        url.set(current.baseUrl());
        urlError = Bindings.createStringBinding(() -> urlProblem(url.get()), url);
        tokenError = Bindings.createStringBinding(() -> tokenProblem(token.get()), token);
        clearTextWarning = Bindings.createStringBinding(() -> sendsTokenInClear(url.get())
                ? "Plain http to another machine: the token would travel unencrypted." : "", url);
        complete = Bindings.createBooleanBinding(() -> sandbox.get()
                || urlError.get().isEmpty() && tokenError.get().isEmpty() && chosenToken() != null,
                sandbox, urlError, tokenError, token);
        // An answer about what the fields said before no longer applies.
        sandbox.addListener((obs, old, now) -> forgetTest());
        url.addListener((obs, old, now) -> forgetTest());
        token.addListener((obs, old, now) -> forgetTest());
    }

    /** Checks the choice as it stands: the sandbox always answers; Beeper Desktop is asked. */
    public void test() {
        if (!complete.get()) {
            return;
        }
        SavedConnection choice = choice();
        if (choice.sandbox()) {
            test.cancel();
            testing.set(false);
            testResult.set("The sandbox is built in: it always answers.");
            return;
        }
        testing.set(true);
        testResult.set("Checking…");
        test.run(probe.apply(choice), status -> {
            testing.set(false);
            testResult.set(describe(status));
        }, failure -> {
            testing.set(false);
            testResult.set(Failures.describe(failure));
        });
    }

    /** The choice as it stands; only meaningful while {@link #completeProperty()} is true. */
    public SavedConnection choice() {
        return sandbox.get() ? SavedConnection.SANDBOX
                : SavedConnection.desktop(ClientConfig.parseBaseUrl(url.get()).toString(), chosenToken());
    }

    /** Under the token field: whether a saved token is kept, or where to get one. */
    public String tokenHint() {
        return current.token() != null ? "A token is saved; leave this empty to keep it."
                : "Create one in Beeper Desktop: Settings, Developers.";
    }

    private void forgetTest() {
        test.cancel();
        testing.set(false);
        testResult.set("");
    }

    private AccessToken chosenToken() {
        String typed = token.get();
        if (typed == null || typed.isBlank()) {
            return current.token();
        }
        try {
            return AccessToken.of(typed);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String tokenProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        try {
            AccessToken.of(typed);
            return "";
        } catch (IllegalArgumentException malformed) {
            return malformed.getMessage();
        }
    }

    private static String urlProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Give the URL Beeper Desktop's API listens on";
        }
        try {
            ClientConfig.of(text, null);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static boolean sendsTokenInClear(String text) {
        try {
            return ClientConfig.of(text, null).sendsTokenInClear();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(ConnectionStatus status) {
        return status.state() == ConnectionStatus.State.CONNECTED
                ? "Connected to " + status.appName() + " " + status.appVersion() + " · " + status.detail()
                : status.detail();
    }

    /** Making an HTTP client takes a moment: not on the FX thread. */
    private static CompletableFuture<ConnectionStatus> probeWithNewClient(SavedConnection choice) {
        return CompletableFuture.supplyAsync(() -> new BeeperClient(ClientConfig.of(choice.baseUrl(), choice.token())))
                .thenCompose(client -> new ConnectionProbe(client).check());
    }

    // properties

    public BooleanProperty sandboxProperty() {
        return sandbox;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** The token as typed; empty keeps the saved one. */
    public StringProperty tokenProperty() {
        return token;
    }

    public StringBinding urlErrorProperty() {
        return urlError;
    }

    public StringBinding tokenErrorProperty() {
        return tokenError;
    }

    public StringBinding clearTextWarningProperty() {
        return clearTextWarning;
    }

    /** True when the choice can be used: the dialog's Connect and Test buttons follow it. */
    public BooleanBinding completeProperty() {
        return complete;
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }
}
