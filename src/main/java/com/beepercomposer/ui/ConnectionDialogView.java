package com.beepercomposer.ui;

import com.beepercomposer.settings.SavedConnection;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The connection dialog's form, bound to its {@link ConnectionDialogViewModel}. */
public final class ConnectionDialogView {
    private final ConnectionDialogViewModel model;

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
    private Label tokenError;
    @FXML
    private Label tokenHint;
    @FXML
    private Label clearTextWarning;
    @FXML
    private Button testButton;
    @FXML
    private Label testResult;
    @FXML
    private Button signInButton;
    @FXML
    private Button disconnectButton;
    @FXML
    private Label signInStatus;
    @FXML
    private Label tokenStorage;
    @FXML
    private TextField signInLink;
    @FXML
    private javafx.scene.layout.VBox signInLinkRow;
    private Consumer<SavedConnection> onDisconnected = forgotten -> { };

    public ConnectionDialogView(ConnectionDialogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        (model.sandboxProperty().get() ? sandboxChoice : desktopChoice).setSelected(true);
        model.sandboxProperty().bind(sandboxChoice.selectedProperty());
        urlField.textProperty().bindBidirectional(model.urlProperty());
        tokenField.textProperty().bindBidirectional(model.tokenProperty());
        desktopFields.disableProperty().bind(sandboxChoice.selectedProperty());
        urlError.textProperty().bind(model.urlErrorProperty());
        NodeStates.showOnlyWhenSet(urlError);
        tokenError.textProperty().bind(model.tokenErrorProperty());
        NodeStates.showOnlyWhenSet(tokenError);
        tokenHint.textProperty().bind(model.tokenHintProperty());
        signInLink.textProperty().bind(model.signInLinkProperty());
        signInLinkRow.visibleProperty().bind(model.signInLinkProperty().isNotEmpty());
        signInLinkRow.managedProperty().bind(signInLinkRow.visibleProperty());
        clearTextWarning.textProperty().bind(model.clearTextWarningProperty());
        testButton.disableProperty().bind(model.completeProperty().not().or(model.testingProperty()));
        testResult.textProperty().bind(model.testResultProperty());
        signInButton.setVisible(model.canSignIn());
        signInButton.setManaged(model.canSignIn());
        signInButton.disableProperty().bind(model.signingInProperty().or(model.urlErrorProperty().isNotEmpty()));
        disconnectButton.setVisible(model.canDisconnect());
        disconnectButton.setManaged(model.canDisconnect());
        disconnectButton.disableProperty().bind(model.signingInProperty());
        signInStatus.textProperty().bind(model.signInStatusProperty());
        NodeStates.showOnlyWhenSet(signInStatus);
        tokenStorage.textProperty().bind(model.tokenStorageProperty());
        NodeStates.showOnlyWhenSet(tokenStorage);
    }

    /** Called with the connection to switch to once Disconnect has revoked and forgotten the token. */
    public void onDisconnected(Consumer<SavedConnection> action) {
        this.onDisconnected = action;
    }

    /** Runs {@code action} whenever an answer changes the dialog's height, so the window can follow. */
    public void whenResized(Runnable action) {
        testResult.textProperty().addListener((obs, old, now) -> action.run());
        signInStatus.textProperty().addListener((obs, old, now) -> action.run());
        signInLink.textProperty().addListener((obs, old, now) -> action.run());
        tokenError.textProperty().addListener((obs, old, now) -> action.run());
        tokenStorage.textProperty().addListener((obs, old, now) -> action.run());
    }

    /** The dialog is gone: nothing it started keeps waiting. */
    public void close() {
        model.close();
    }

    @FXML
    private void onSignIn() {
        model.signIn();
    }

    @FXML
    private void onDisconnect() {
        model.disconnect(onDisconnected);
    }

    /** True when the choice can be used: the dialog's Connect button follows it. */
    public BooleanBinding completeProperty() {
        return model.completeProperty();
    }

    /** The choice as it stands. */
    public SavedConnection choice() {
        return model.choice();
    }

    @FXML
    private void onTest() {
        model.test();
    }
}
