package com.beepercomposer.ui;

import com.beepercomposer.settings.SavedConnection;
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
        tokenError.textProperty().bind(model.tokenErrorProperty());
        NodeStates.showOnlyWhenSet(tokenError);
        tokenHint.setText(model.tokenHint());
        clearTextWarning.textProperty().bind(model.clearTextWarningProperty());
        testButton.disableProperty().bind(model.completeProperty().not().or(model.testingProperty()));
        testResult.textProperty().bind(model.testResultProperty());
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
