package com.beepercomposer.ui;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentOverrides;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The attachment's overrides as the form holds them, field by field, with each field's problem. */
public final class OverridesForm {
    private final ObjectProperty<AttachmentType> type = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty mimeType = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty width = new SimpleStringProperty("");
    private final StringProperty height = new SimpleStringProperty("");

    private final ObjectBinding<AttachmentOverrides> value;
    private final ObjectBinding<Map<String, String>> errors;

    public OverridesForm() {
        value = Bindings.createObjectBinding(() -> new AttachmentOverrides(type.get(), fileName.get(),
                mimeType.get(), duration.get(), width.get(), height.get()), type, fileName, mimeType, duration,
                width, height);
        errors = Bindings.createObjectBinding(() -> value.get().errors(), value);
    }

    /** Back to Auto with every field empty. */
    public void clear() {
        type.set(null);
        fileName.set("");
        mimeType.set("");
        duration.set("");
        width.set("");
        height.set("");
    }

    /** Fills the form with overrides kept in a draft. */
    public void set(AttachmentOverrides values) {
        type.set(values.type());
        fileName.set(values.fileName() == null ? "" : values.fileName());
        mimeType.set(values.mimeType() == null ? "" : values.mimeType());
        duration.set(values.duration() == null ? "" : values.duration());
        width.set(values.width() == null ? "" : values.width());
        height.set(values.height() == null ? "" : values.height());
    }

    public ObjectBinding<AttachmentOverrides> valueProperty() {
        return value;
    }

    /** Field name ({@link AttachmentOverrides#FILE_NAME}…) to its problem; empty when all are usable. */
    public ObjectBinding<Map<String, String>> errorsProperty() {
        return errors;
    }

    public ObjectProperty<AttachmentType> typeProperty() {
        return type;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty mimeTypeProperty() {
        return mimeType;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }
}
