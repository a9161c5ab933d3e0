package com.beepercomposer.ui;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.i18n.Texts;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.DesktopSignIn;
import com.beepercomposer.settings.SavedConnection;
import com.beepercomposer.settings.SignedIn;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * problem next to it, and the outcome of Test connection. The token comes from "Sign in with
 * Beeper Desktop" or is pasted; a token typed here is checked as the client will take it; an
 * empty token field keeps the saved (or just signed-in) token, which is never shown back.
 */
public final class ConnectionDialogViewModel {
    /** What the dialog can do besides testing; the app gives the real ones, tests their own. */
    public record SignInActions(java.util.function.BiFunction<String, java.util.function.Consumer<java.net.URI>,
                                        CompletableFuture<SignedIn>> signIn,
                                Function<SavedConnection, CompletableFuture<Void>> revoke,
                                CompletableFuture<String> tokenStorage) {
        static final SignInActions NONE = new SignInActions(null, null, CompletableFuture.completedFuture(""));
    }

    private final SavedConnection current;
    private final SignInActions actions;
    private final ConnectionTestRun test;
    private final Latest signInWork;
    private final ObjectProperty<SignedIn> signedIn = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper signInStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper signInLink = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenStorage = new ReadOnlyStringWrapper("");
    private final UiExecutor ui;
    private StringBinding tokenHint;

    private final BooleanProperty sandbox = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");

    private final StringBinding urlError;
    private final StringBinding tokenError;
    private final StringBinding clearTextWarning;
    private final BooleanBinding complete;

    /** A dialog whose Test connection builds a client for the choice and checks it as the connection bar does. */
    public ConnectionDialogViewModel(SavedConnection current, UiExecutor ui) {
        this(current, ui, ConnectionTestRun::probeWithNewClient);
    }

    /**
     * The app's dialog: its sign-in (when it can open a browser) and where it keeps the token,
     * asked on {@code connections}: the answer may first have to make the OS keyring.
     */
    static ConnectionDialogViewModel forApp(ConnectionControl connection, UiExecutor ui, Executor connections) {
        DesktopSignIn signIn = connection.signIn();
        CompletableFuture<String> storage = CompletableFuture.supplyAsync(connection::tokenStorage, connections);
        SignInActions actions = signIn == null ? new SignInActions(null, null, storage)
                : new SignInActions((at, shown) -> signIn.signIn(at, shown),
                        saved -> signIn.revoke(saved.baseUrl(), saved.token(), saved.oauthClientID()),
                        storage);
        return new ConnectionDialogViewModel(connection.current(), ui, ConnectionTestRun::probeWithNewClient,
                actions);
    }

    /** @param probe checks a Beeper Desktop choice; completes on any thread */
    public ConnectionDialogViewModel(SavedConnection current, UiExecutor ui,
                                     Function<SavedConnection, CompletableFuture<ConnectionStatus>> probe) {
        this(current, ui, probe, SignInActions.NONE);
    }

    /** @param actions sign-in and revocation, completing on any thread */
    public ConnectionDialogViewModel(SavedConnection current, UiExecutor ui,
                                     Function<SavedConnection, CompletableFuture<ConnectionStatus>> probe,
                                     SignInActions actions) {
        this.current = current;
        this.actions = actions;
        this.ui = ui;
        this.test = new ConnectionTestRun(probe, ui);
        this.signInWork = new Latest(ui);
        sandbox.set(current.sandbox());
        url.set(current.baseUrl());
        urlError = Bindings.createStringBinding(() -> ConnectionFieldChecks.urlProblem(url.get()), url);
        tokenError = Bindings.createStringBinding(() -> ConnectionFieldChecks.tokenProblem(token.get()), token);
        clearTextWarning = Bindings.createStringBinding(() -> ConnectionFieldChecks.sendsTokenInClear(url.get())
                ? Texts.get("dialog.clearText") : "", url);
        complete = Bindings.createBooleanBinding(() -> sandbox.get()
                || urlError.get().isEmpty() && tokenError.get().isEmpty() && chosenToken() != null,
                sandbox, urlError, tokenError, token, signedIn);
        // An answer about what the fields said before no longer applies.
        sandbox.addListener((obs, old, now) -> forgetTest());
        url.addListener((obs, old, now) -> {
            forgetTest();
            // A token signed in at one server means nothing at another.
            signedIn.set(null);
            signInStatus.set("");
        });
        token.addListener((obs, old, now) -> forgetTest());
        // The words stay empty (their label hidden) until the answer comes.
        ui.deliver(actions.tokenStorage(), tokenStorage::set, failure -> org.slf4j.LoggerFactory
                .getLogger(ConnectionDialogViewModel.class)
                .warn("Could not tell where the token is kept: {}", Failures.describe(failure)));
    }

    /** Checks the choice as it stands: the sandbox always answers; Beeper Desktop is asked. */
    public void test() {
        if (!complete.get()) {
            return;
        }
        test.run(choice());
    }

    /**
     * Opens the browser on Beeper Desktop's sign-in page and waits, off the FX thread, for it to
     * come back; the token it brings becomes the choice's.
     */
    public void signIn() {
        if (actions.signIn() == null || !urlError.get().isEmpty()) {
            return;
        }
        signingIn.set(true);
        signInStatus.set(Texts.get("dialog.continueInBrowser"));
        String at = ClientConfig.parseBaseUrl(url.get()).toString();
        signInLink.set("");
        // "signing in" ends last: whoever waits for it sees the outcome complete.
        signInWork.run(actions.signIn().apply(at, page -> ui.execute(() -> signInLink.set(page.toString()))), done -> {
            signInLink.set("");
            token.set("");
            signedIn.set(done);
            signInStatus.set(done.user() == null ? Texts.get("dialog.signedIn", done.server())
                    : Texts.get("dialog.signedInAs", done.user(), done.server()));
            signingIn.set(false);
        }, failure -> {
            signInLink.set("");
            signInStatus.set(Failures.describe(failure));
            signingIn.set(false);
        });
    }

    /** The dialog is going: a sign-in still waiting for the browser stops listening. */
    public void close() {
        signInWork.cancel();
        test.stop();
    }

    /**
     * Revokes the saved token at the server and forgets it: {@code done} gets the connection to
     * switch to, the sandbox with the token gone. It is forgotten even when the server cannot be
     * reached to revoke it.
     */
    public void disconnect(java.util.function.Consumer<SavedConnection> done) {
        SavedConnection forgotten = new SavedConnection(true, current.baseUrl(), null);
        if (!canDisconnect() || actions.revoke() == null) {
            done.accept(forgotten);
            return;
        }
        signingIn.set(true);
        signInStatus.set(Texts.get("dialog.signingOut"));
        signInWork.run(actions.revoke().apply(current), ok -> {
            signingIn.set(false);
            done.accept(forgotten);
        }, failure -> {
            signingIn.set(false);
            org.slf4j.LoggerFactory.getLogger(ConnectionDialogViewModel.class)
                    .warn("Could not revoke the token; it is forgotten here anyway: {}", Failures.describe(failure));
            done.accept(forgotten);
        });
    }

    /** A saved Beeper Desktop token that Disconnect would revoke and forget. */
    public boolean canDisconnect() {
        return !current.sandbox() && current.token() != null;
    }

    public boolean canSignIn() {
        return actions.signIn() != null;
    }

    /** Where the token is kept, in words; empty until the store has answered. */
    public ReadOnlyStringProperty tokenStorageProperty() {
        return tokenStorage.getReadOnlyProperty();
    }

    /** The choice as it stands; only meaningful while {@link #completeProperty()} is true. */
    public SavedConnection choice() {
        if (sandbox.get()) {
            return SavedConnection.SANDBOX;
        }
        String at = ClientConfig.parseBaseUrl(url.get()).toString();
        SignedIn done = signedIn.get();
        boolean typed = token.get() != null && !token.get().isBlank();
        if (!typed && done != null) {
            return SavedConnection.signedIn(at, done.token(), done.clientID());
        }
        if (!typed && current.token() != null) {
            return new SavedConnection(false, at, current.token(), current.oauthClientID());
        }
        return SavedConnection.desktop(at, chosenToken());
    }

    /** Under the token field: whether a signed-in or saved token is kept, or where to get one. */
    public StringBinding tokenHintProperty() {
        if (tokenHint == null) {
            tokenHint = Bindings.createStringBinding(() -> signedIn.get() != null
                    ? Texts.get("dialog.tokenHint.signedIn")
                    : current.token() != null ? Texts.get("dialog.tokenHint.saved")
                    : Texts.get("dialog.tokenHint.create"), signedIn);
        }
        return tokenHint;
    }

    /** The sign-in page while the app waits for the browser, for when no browser opened. */
    public ReadOnlyStringProperty signInLinkProperty() {
        return signInLink.getReadOnlyProperty();
    }

    private void forgetTest() {
        test.forget();
    }

    private AccessToken chosenToken() {
        String typed = token.get();
        if (typed == null || typed.isBlank()) {
            return signedIn.get() != null ? signedIn.get().token() : current.token();
        }
        try {
            return AccessToken.of(typed);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
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
        return test.resultProperty();
    }

    public ReadOnlyStringProperty signInStatusProperty() {
        return signInStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return test.testingProperty();
    }
}
