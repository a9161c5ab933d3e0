package com.beepercomposer.ui;

import com.beepercomposer.api.Message;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.i18n.Texts;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The reply selector's list: a chat's messages, newest first, filtered, older pages on demand. */
public final class ReplyPickerViewModel {
    private final ReplyCandidates candidates;

    private final ObservableList<Message> loaded = FXCollections.observableArrayList();
    private final FilteredList<Message> visible = new FilteredList<>(loaded);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");

    private String chatID;
    private String oldestCursor;
    private final Latest latest;

    public ReplyPickerViewModel(ReplyCandidates candidates, UiExecutor ui) {
        this.candidates = candidates;
        this.latest = new Latest(ui);
        filter.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(needle.isEmpty() ? null : m -> matches(m, needle));
        });
    }

    // commands

    /** Shows the newest messages of {@code newChatID}; null empties the list. */
    public void load(String newChatID) {
        chatID = newChatID;
        oldestCursor = null;
        loaded.clear();
        hasMore.set(false);
        error.set("");
        errorDetails.set("");
        latest.cancel();
        loading.set(false);
        if (newChatID != null) {
            fetch(null);
        }
    }

    public void loadOlder() {
        if (chatID != null && hasMore.get() && !loading.get()) {
            fetch(oldestCursor);
        }
    }

    /** The reply a picked message stands for. */
    public static ReplyTarget targetFor(Message message) {
        return new ReplyTarget(message.id(), ReplyCandidates.sender(message), ReplyCandidates.snippet(message));
    }

    private void fetch(String cursor) {
        loading.set(true);
        latest.run(candidates.page(chatID, cursor), page -> {
            loading.set(false);
            loaded.addAll(page.items());
            hasMore.set(page.hasMore() && page.oldestCursor() != null);
            oldestCursor = page.oldestCursor();
        }, failure -> {
            loading.set(false);
            error.set(Texts.get("reply.loadFailed", Failures.summary(failure)));
            errorDetails.set(Failures.details(failure));
        });
    }

    private static boolean matches(Message message, String needle) {
        return ReplyCandidates.snippet(message).toLowerCase(Locale.ROOT).contains(needle)
                || ReplyCandidates.sender(message).toLowerCase(Locale.ROOT).contains(needle)
                || message.id().toLowerCase(Locale.ROOT).contains(needle);
    }

    // properties

    public ObservableList<Message> visible() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The request, status and body behind {@link #errorProperty()}; empty when it has none. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }
}
