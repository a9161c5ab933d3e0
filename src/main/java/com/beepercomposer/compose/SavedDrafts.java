package com.beepercomposer.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every chat's draft, and which chat was open. Drafts are keyed by chat ID; the draft written
 * before any chat was chosen is kept under {@link #NO_CHAT}. Empty drafts are not kept.
 *
 * @param currentChatID the chat open when this was saved, or null
 */
public record SavedDrafts(String currentChatID, Map<String, SavedDraft> drafts) {
    public static final String NO_CHAT = "";
    public static final SavedDrafts NONE = new SavedDrafts(null, Map.of());

    public SavedDrafts {
        Map<String, SavedDraft> kept = new LinkedHashMap<>();
        if (drafts != null) {
            drafts.forEach((chat, draft) -> {
                if (chat != null && draft != null && !draft.hasNoContent()) {
                    kept.put(chat, draft);
                }
            });
        }
        drafts = java.util.Collections.unmodifiableMap(kept);
    }

    /** The single draft an older version kept, as the draft of its chat (and that chat open). */
    public static SavedDrafts migrated(SavedDraft single) {
        if (single == null || single.isEmpty()) {
            return NONE;
        }
        String key = single.chatID() == null ? NO_CHAT : single.chatID();
        return new SavedDrafts(single.chatID(), Map.of(key, single));
    }

    /** The draft of the chat that was open (or of no chat), empty when there is none. */
    public SavedDraft current() {
        SavedDraft draft = drafts.get(currentChatID == null ? NO_CHAT : currentChatID);
        return draft != null ? draft : new SavedDraft(currentChatID, "", null, null);
    }

    /**
     * The same drafts with every finished upload forgotten, so each attachment is uploaded again
     * from its file: an upload ID names a file on the server that took it, which a restart (the
     * sandbox keeps uploads in memory) or another connection does not have.
     */
    public SavedDrafts withoutUploads() {
        Map<String, SavedDraft> kept = new LinkedHashMap<>();
        drafts.forEach((chat, draft) -> kept.put(chat, draft.attachment() == null || draft.attachment().upload() == null
                ? draft : draft.withAttachment(draft.attachment().withoutUpload())));
        return new SavedDrafts(currentChatID, kept);
    }
}
