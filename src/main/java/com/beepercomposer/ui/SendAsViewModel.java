package com.beepercomposer.ui;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.MatrixPlan;
import com.beepercomposer.compose.MatrixVariant;
import com.beepercomposer.compose.SendMatrix;
import com.beepercomposer.i18n.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The "Send as…" dialog's state: which types are ticked, the override sets (each an
 * {@link OverridesForm} whose own type is not used), what they expand to ({@link MatrixPlan}),
 * and why Send is off.
 */
public final class SendAsViewModel {

    private final SendMatrix matrix;
    private final ChatSummary chat;
    private final String uploadID;
    private final String fileName;

    private final Map<AttachmentType, BooleanProperty> types = new EnumMap<>(AttachmentType.class);
    private final ObservableList<OverridesForm> sets = FXCollections.observableArrayList();
    /** Bumped whenever a set's field changes: the bindings below follow a list of forms through it. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final InvalidationListener bump = obs -> revision.set(revision.get() + 1);

    private final ObjectBinding<List<MatrixVariant>> variants;
    private final StringBinding summary;
    private final StringBinding problem;
    private final BooleanBinding canSend;
    private final BooleanBinding canAddSet;

    public SendAsViewModel(SendMatrix matrix, ChatSummary chat, String uploadID, String fileName) {
        this.matrix = matrix;
        this.chat = chat;
        this.uploadID = uploadID;
        this.fileName = fileName;
        for (AttachmentType type : AttachmentType.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty();
            ticked.addListener(bump);
            types.put(type, ticked);
        }
        sets.addListener((ListChangeListener<OverridesForm>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(form -> form.valueProperty().removeListener(bump));
                change.getAddedSubList().forEach(form -> form.valueProperty().addListener(bump));
            }
            bump.invalidated(sets);
        });
        variants = Bindings.createObjectBinding(() -> hasErrors() ? List.of()
                : MatrixPlan.expand(chosenTypes(), sets.stream().map(f -> f.valueProperty().get()).toList()), revision);
        summary = Bindings.createStringBinding(() -> MatrixPlan.summary(chosenTypes().size(), sets.size()), revision);
        problem = Bindings.createStringBinding(() -> chosenTypes().isEmpty() && sets.isEmpty() ? nothingChosen()
                : hasErrors() ? fixFields() : "", revision);
        canSend = Bindings.createBooleanBinding(() -> !variants.get().isEmpty(), variants);
        canAddSet = Bindings.size(sets).lessThan(MatrixPlan.MAX_SETS);
    }

    // commands

    /** A new, empty override set at the end. */
    public OverridesForm addSet() {
        OverridesForm form = new OverridesForm();
        if (sets.size() < MatrixPlan.MAX_SETS) {
            sets.add(form);
        }
        return form;
    }

    public void removeSet(OverridesForm form) {
        sets.remove(form);
    }

    /** Sends every variant; null when Send is off. */
    public SendMatrix.Run send() {
        if (!canSend.get()) {
            return null;
        }
        return matrix.send(chat, uploadID, fileName, variants.get());
    }

    private List<AttachmentType> chosenTypes() {
        List<AttachmentType> chosen = new ArrayList<>();
        types.forEach((type, ticked) -> {
            if (ticked.get()) {
                chosen.add(type);
            }
        });
        return chosen;
    }

    private boolean hasErrors() {
        return sets.stream().anyMatch(f -> !f.errorsProperty().get().isEmpty());
    }

    // properties

    public BooleanProperty typeProperty(AttachmentType type) {
        return types.get(type);
    }

    public ObservableList<OverridesForm> sets() {
        return sets;
    }

    /** The variants Send would send, in order; empty while a field has a problem. */
    public ObjectBinding<List<MatrixVariant>> variantsProperty() {
        return variants;
    }

    /** "3 types × 1 override set = 3 messages". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Why Send is off, or empty. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public BooleanBinding canAddSetProperty() {
        return canAddSet;
    }

    public String fileName() {
        return fileName;
    }

    public ChatSummary chat() {
        return chat;
    }

    /** Why Send is off while nothing is chosen. */
    static String nothingChosen() {
        return Texts.get("sendAs.nothingChosen");
    }

    /** Why Send is off while a set's field has a problem. */
    static String fixFields() {
        return Texts.get("sendAs.fixFields");
    }

}
