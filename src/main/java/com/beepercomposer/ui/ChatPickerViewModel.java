package com.beepercomposer.ui;

import com.beepercomposer.api.Chat;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.i18n.Texts;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The chat field's state: what was typed, what it found, and the chosen chat. Searches are
 * debounced and only the newest one counts: an older answer arriving late is dropped, and its
 * request is cancelled.
 */
public final class ChatPickerViewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(250);

    private final ChatFinder finder;
    private final Debouncer debouncer;

    private final ObservableList<Chat> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ChatSummary> chosen = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<String> chatsWithDrafts = FXCollections.observableSet();

    private final Latest latest;

    public ChatPickerViewModel(ChatFinder finder, UiExecutor ui) {
        // Details belong to the error they came with: a new message without any clears them.
        error.addListener((obs, old, now) -> errorDetails.set(""));
        this.finder = finder;
        this.debouncer = new Debouncer(DEBOUNCE, ui);
        this.latest = new Latest(ui);
    }

    // commands

    /** The person typed: search once typing pauses. */
    public void typed(String text) {
        error.set("");
        // An answer still on its way is for older text (the field's focus searches at once): it
        // must not fill the list, and Enter must not pick from it, while the new search waits.
        latest.cancel();
        searching.set(false);
        debouncer.submit(() -> search(text));
    }

    /** Search now (a test wants no wait). */
    public void search(String text) {
        find(text, chats -> {
            results.setAll(chats);
            if (chats.isEmpty() && text != null && !text.isBlank()) {
                error.set(ChatFinder.looksLikeId(text) ? Texts.get("chat.noSuchId", text.strip())
                        : Texts.get("chat.noMatch", text.strip()));
            }
        });
    }

    /**
     * The field gained focus: list what its text finds, unless a chat is chosen or listed already,
     * or a request is on its way. That request may be a saved draft's chat being looked up again
     * (a rebuilt window, a start): only the newest request counts, so a search now would make it
     * stale and the chat would never come back.
     */
    public void focusGained(String text) {
        if (results.isEmpty() && chosen.get() == null && !searching.get()) {
            search(text);
        }
    }

    /**
     * Enter with nothing highlighted: an ID-shaped text is opened as a chat ID or local chat ID;
     * other text is searched now and the best match taken.
     */
    public void submit(String text) {
        if (text == null || text.isBlank()) {
            error.set(Texts.get("chat.typeOrPaste"));
        } else if (ChatFinder.looksLikeId(text)) {
            open(text.strip());
        } else {
            find(text, chats -> {
                if (chats.isEmpty()) {
                    error.set(Texts.get("chat.noMatch", text.strip()));
                } else {
                    open(chats.get(0).id());
                }
            });
        }
    }

    /** Runs one search; only the newest request's answer reaches {@code onFound}. */
    private void find(String text, java.util.function.Consumer<List<Chat>> onFound) {
        debouncer.cancel();
        searching.set(true);
        latest.run(finder.find(text), chats -> {
            searching.set(false);
            onFound.accept(chats);
        }, failure -> {
            searching.set(false);
            results.clear();
            fail(Texts.get("chat.searchFailed"), failure);
        });
    }

    /** Picks a listed chat; its full record (with capabilities) is fetched before it counts. */
    public void choose(Chat chat) {
        open(chat.id());
    }

    private void open(String id) {
        debouncer.cancel();
        searching.set(true);
        latest.run(finder.lookup(id), chat -> {
            searching.set(false);
            error.set("");
            results.clear();
            chosen.set(ChatSummary.of(chat));
        }, failure -> {
            searching.set(false);
            if (ChatFinder.isUnknownChat(failure)) {
                error.set(Texts.get("chat.noSuchId", id));
            } else {
                fail(Texts.get("chat.openFailed"), failure);
            }
        });
    }

    /** The one line: "Search failed: " and the failure's summary. */
    private void fail(String what, Throwable failure) {
        error.set(what + ": " + Failures.summary(failure));
        errorDetails.set(Failures.details(failure));
    }

    // properties

    public ObservableList<Chat> results() {
        return results;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** IDs of the chats that have a local draft; the composer keeps it up to date. */
    public ObservableSet<String> chatsWithDrafts() {
        return chatsWithDrafts;
    }

    /** The request, status and body behind {@link #errorProperty()}; empty when it has none. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChatSummary> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }
}
