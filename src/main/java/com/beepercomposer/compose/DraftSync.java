package com.beepercomposer.compose;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Causes;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.DraftRequest;
import com.beepercomposer.api.FocusRequest;
import com.beepercomposer.api.OutgoingAttachment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A chat's draft in Beeper Desktop: put there (so the reply can be finished on any device),
 * read back, or opened in Beeper's own composer with {@code /v1/focus}.
 */
public final class DraftSync {
    private final BeeperClient client;

    public DraftSync(BeeperClient client) {
        this.client = client;
    }

    /**
     * Sets the chat's draft to the text and attachment. A server that refuses to overwrite a draft
     * (409, the sandbox's {@code DRAFT_NOT_EMPTY}) gets the old one cleared and the new one set again.
     */
    public CompletableFuture<Chat> save(String chatID, String text, OutgoingAttachment attachment) {
        DraftRequest request = new DraftRequest(text == null ? "" : text, attachment == null ? null
                : Map.of(attachment.uploadID(), new DraftRequest.Attachment(attachment.uploadID(),
                        attachment.uploadID(), attachment.fileName(), attachment.mimeType(), attachment.duration(),
                        attachment.size(), attachment.type())));
        return client.setDraft(chatID, request).exceptionallyCompose(failure -> {
            if (!draftNotEmpty(failure)) {
                return CompletableFuture.failedFuture(Causes.unwrap(failure));
            }
            return client.setDraft(chatID, null).thenCompose(cleared -> client.setDraft(chatID, request));
        });
    }

    /** The chat's draft in Beeper as Markdown for the editor; empty when it has none. */
    public CompletableFuture<RemoteDraft> load(String chatID) {
        return client.chat(chatID).thenApply(chat -> {
            Chat.Draft draft = chat.draft();
            if (draft == null) {
                return RemoteDraft.NONE;
            }
            int attachments = draft.attachments() == null ? 0 : draft.attachments().size();
            return new RemoteDraft(HtmlToMarkdown.convert(draft.text()), attachments);
        });
    }

    /** Opens the chat in Beeper Desktop with the draft (and reply target) in its composer. */
    public CompletableFuture<Boolean> open(String chatID, String replyToMessageID, String text,
                                           String attachmentPath) {
        return client.focus(new FocusRequest(chatID, replyToMessageID, text, attachmentPath));
    }

    private static boolean draftNotEmpty(Throwable failure) {
        ApiException api = Causes.apiException(failure);
        // The refusal's code is not documented; a conflict is what a draft in the way looks like.
        return api != null && api.status() == 409;
    }

    /**
     * A draft as Beeper holds it.
     *
     * @param attachments how many attachments it has (they stay in Beeper: the editor takes text)
     */
    public record RemoteDraft(String text, int attachments) {
        public static final RemoteDraft NONE = new RemoteDraft("", 0);

        public boolean isEmpty() {
            return text.isBlank() && attachments == 0;
        }
    }
}
