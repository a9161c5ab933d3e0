package com.beepercomposer.ui;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.SavedConnection;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Where to send: the sandbox, or Beeper Desktop at a URL with a token. The token field stays
 * empty when one is saved (it is never shown back); leaving it empty keeps the saved one.
 */
public final class ConnectionDialogView {
    private final SavedConnection current;
    private final UiExecutor ui;

    @FXML
    private RadioButton sandboxChoice;
    @FXML
    private RadioButton desktopChoice;
    @FXML
    private GridPane desktopFields;
    @FXML
    private TextField urlField;
    @FXML
    private Label urlError;
    @FXML
    private PasswordField tokenField;
    @FXML
    private Label tokenHint;
    @FXML
    private Label clearTextWarning;
    @FXML
    private Button testButton;
    @FXML
    private Label testResult;

    private BooleanBinding complete;

    public ConnectionDialogView(SavedConnection current, UiExecutor ui) {
        this.current = current;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        (current.sandbox() ? sandboxChoice : desktopChoice).setSelected(true);
        urlField.setText(current.baseUrl());
        tokenHint.setText(current.token() != null
                ? "A token is saved; leave this empty to keep it."
                : "Create one in Beeper Desktop: Settings, Developers.");
        desktopFields.disableProperty().bind(sandboxChoice.selectedProperty());
        urlError.textProperty().bind(Bindings.createStringBinding(() -> urlProblem(urlField.getText()),
                urlField.textProperty()));
        clearTextWarning.textProperty().bind(Bindings.createStringBinding(() -> sendsTokenInClear()
                ? "Plain http to another machine: the token would travel unencrypted." : "", urlField.textProperty()));
        complete = Bindings.createBooleanBinding(() -> sandboxChoice.isSelected()
                || urlProblem(urlField.getText()).isEmpty() && token() != null,
                sandboxChoice.selectedProperty(), urlField.textProperty(), tokenField.textProperty());
        testButton.disableProperty().bind(complete.not());
    }

    /** True when the choice can be used: the dialog's Connect button follows it. */
    public BooleanBinding completeProperty() {
        return complete;
    }

    /** The choice as it stands. */
    public SavedConnection choice() {
        return sandboxChoice.isSelected() ? SavedConnection.SANDBOX
                : SavedConnection.desktop(ClientConfig.parseBaseUrl(urlField.getText()).toString(), token());
    }

    @FXML
    private void onTest() {
        testResult.setText("Checking…");
        SavedConnection choice = choice();
        if (choice.sandbox()) {
            testResult.setText("The sandbox is built in: it always answers.");
            return;
        }
        // Making an HTTP client takes a moment: not on the FX thread.
        ui.deliver(CompletableFuture.supplyAsync(() -> new BeeperClient(ClientConfig.of(choice.baseUrl(),
                choice.token()))).thenCompose(probe -> new ConnectionProbe(probe).check()), this::showTest,
                error -> testResult.setText(Failures.describe(error)));
    }

    private void showTest(ConnectionStatus status) {
        testResult.setText(status.state() == ConnectionStatus.State.CONNECTED
                ? "Connected to " + status.appName() + " " + status.appVersion() + " · " + status.detail()
                : status.detail());
    }

    private AccessToken token() {
        String typed = tokenField.getText();
        if (typed != null && !typed.isBlank()) {
            return AccessToken.of(typed);
        }
        return current.token();
    }

    private boolean sendsTokenInClear() {
        try {
            return ClientConfig.of(urlField.getText(), null).sendsTokenInClear();
        } catch (IllegalArgumentException e) {
            return false;
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
}
