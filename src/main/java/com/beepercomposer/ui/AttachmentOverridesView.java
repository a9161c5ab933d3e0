package com.beepercomposer.ui;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.util.StringConverter;

/**
 * The attachment's overrides form, bound both ways to its {@link OverridesForm}. The attachment
 * row loads it when a file is first attached: it is the largest part of the window the first
 * frame does not show.
 */
public final class AttachmentOverridesView {
    private final OverridesForm form;

    @FXML
    private TitledPane overridesPane;
    @FXML
    private ComboBox<AttachmentType> typeBox;
    @FXML
    private TextField fileNameField;
    @FXML
    private TextField mimeField;
    @FXML
    private TextField durationField;
    @FXML
    private TextField widthField;
    @FXML
    private TextField heightField;
    @FXML
    private Label fileNameError;
    @FXML
    private Label mimeError;
    @FXML
    private Label durationError;
    @FXML
    private Label widthError;
    @FXML
    private Label heightError;

    public AttachmentOverridesView(OverridesForm form) {
        this.form = form;
    }

    /** Loads the form through {@link Views}, its fields showing what {@code form} holds now. */
    static TitledPane load(OverridesForm form) {
        return (TitledPane) new Views().register(AttachmentOverridesView.class, () -> new AttachmentOverridesView(form))
                .load("AttachmentOverrides.fxml");
    }

    @FXML
    private void initialize() {
        typeBox.getItems().add(null);
        typeBox.getItems().addAll(AttachmentType.values());
        typeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttachmentType type) {
                return type == null ? Texts.get("attachment.typeAuto") : type.wireName();
            }

            @Override
            public AttachmentType fromString(String text) {
                return null;
            }
        });
        typeBox.valueProperty().bindBidirectional(form.typeProperty());
        fileNameField.textProperty().bindBidirectional(form.fileNameProperty());
        mimeField.textProperty().bindBidirectional(form.mimeTypeProperty());
        durationField.textProperty().bindBidirectional(form.durationProperty());
        widthField.textProperty().bindBidirectional(form.widthProperty());
        heightField.textProperty().bindBidirectional(form.heightProperty());
        bindError(fileNameError, fileNameField, AttachmentOverrides.FILE_NAME);
        bindError(mimeError, mimeField, AttachmentOverrides.MIME_TYPE);
        bindError(durationError, durationField, AttachmentOverrides.DURATION);
        bindError(widthError, widthField, AttachmentOverrides.WIDTH);
        bindError(heightError, heightField, AttachmentOverrides.HEIGHT);
    }

    private void bindError(Label label, TextField field, String name) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> form.errorsProperty().get().getOrDefault(name, ""), form.errorsProperty()));
        // Loaded over values already set (a restored draft): a bad one is marked at once.
        NodeStates.markWhileSet(label, field);
    }
}
