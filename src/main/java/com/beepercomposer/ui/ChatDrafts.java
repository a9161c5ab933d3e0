package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.SavedDrafts;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableSet;

/**
 * The drafts of the chats that are not open, and which chats have one (for the chat picker's
 * mark). The open chat's draft lives in the composer; this holds the others until they are
 * opened again. FX thread only.
 */
final class ChatDrafts {
    private final Map<String, SavedDraft> others = new LinkedHashMap<>();
    private final ObservableSet<String> marked;

    /** @param marked the chat IDs with a draft, kept up to date here (the picker shows them) */
    ChatDrafts(ObservableSet<String> marked) {
        this.marked = marked;
    }

    static String key(ChatSummary chat) {
        return chat == null ? SavedDrafts.NO_CHAT : chat.id();
    }

    /** Takes the saved drafts in; the open chat's draft comes back out, for the composer. */
    SavedDraft load(SavedDrafts saved) {
        others.clear();
        others.putAll(saved.drafts());
        return take(saved.currentChatID() == null ? SavedDrafts.NO_CHAT : saved.currentChatID());
    }

    /** Removes and returns the chat's kept draft; an empty draft when it has none. */
    SavedDraft take(String chatKey) {
        SavedDraft draft = others.remove(chatKey);
        return draft != null ? draft : new SavedDraft(chatKey.isEmpty() ? null : chatKey, "", null, null);
    }

    /** Keeps the draft of a chat being left; an empty one is simply forgotten. */
    void put(String chatKey, SavedDraft draft) {
        if (draft == null || draft.hasNoContent()) {
            others.remove(chatKey);
        } else {
            others.put(chatKey, draft);
        }
    }

    /**
     * A send from a chat that is no longer open went out: its kept draft is forgotten if it is
     * still what was sent, so it cannot be sent twice by mistake.
     */
    void sent(String chatKey, String text, String replyToMessageID) {
        SavedDraft kept = others.get(chatKey);
        String keptReply = kept == null || kept.replyTo() == null ? null : kept.replyTo().messageID();
        if (kept != null && kept.text().equals(text) && java.util.Objects.equals(keptReply, replyToMessageID)) {
            others.remove(chatKey);
        }
    }

    /** Everything to write to disk: the kept drafts plus the open chat's. */
    SavedDrafts snapshot(String openKey, SavedDraft open) {
        Map<String, SavedDraft> all = new LinkedHashMap<>(others);
        if (open != null && !open.hasNoContent()) {
            all.put(openKey, open);
        }
        return new SavedDrafts(openKey.isEmpty() ? null : openKey, all);
    }

    /** Marks the chats with a draft: every kept one, and the open one while it has content. */
    void updateMarks(String openKey, boolean openHasContent) {
        Set<String> now = new HashSet<>(others.keySet());
        now.remove(SavedDrafts.NO_CHAT);
        if (openHasContent && !openKey.isEmpty()) {
            now.add(openKey);
        }
        marked.retainAll(now);
        marked.addAll(now);
    }
}
