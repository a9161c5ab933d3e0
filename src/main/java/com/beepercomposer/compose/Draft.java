package com.beepercomposer.compose;

import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.i18n.Texts;

/**
 * Everything the person has composed. Immutable: the view model swaps in a new draft on
 * every change, which keeps validation a pure function of it.
 *
 * @param attachment     the finished upload with its overrides, or null
 * @param attachmentHold why the attachment keeps the draft from being sent (uploading, failed,
 *                       invalid overrides), or null
 */
public record Draft(ChatSummary chat, String text, ReplyTarget replyTo, OutgoingAttachment attachment,
                    String attachmentHold) {

    public static final Draft EMPTY = new Draft(null, "", null, null, null);

    public Draft {
        text = text == null ? "" : text;
    }

    public Draft withChat(ChatSummary newChat) {
        return new Draft(newChat, text, replyTo, attachment, attachmentHold);
    }

    public Draft withText(String newText) {
        return new Draft(chat, newText, replyTo, attachment, attachmentHold);
    }

    public Draft withReplyTo(ReplyTarget newReplyTo) {
        return new Draft(chat, text, newReplyTo, attachment, attachmentHold);
    }

    public Draft withAttachment(OutgoingAttachment newAttachment, String hold) {
        return new Draft(chat, text, replyTo, newAttachment, hold);
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    /** Checks the draft against the chosen chat's capabilities; the first problem wins. */
    public SendReadiness readiness() {
        if (chat == null) {
            return SendReadiness.blocked(Texts.get("composer.chooseChatFirst"));
        }
        if (chat.readOnly()) {
            return SendReadiness.blocked(Texts.get("ready.readOnly"));
        }
        if (attachmentHold != null) {
            return SendReadiness.blocked(attachmentHold);
        }
        if (!hasText() && attachment == null) {
            return SendReadiness.blocked(Texts.get("ready.empty"));
        }
        Integer max = chat.maxTextLength();
        int length = TextLength.of(text);
        if (max != null && length > max) {
            return SendReadiness.blocked(Texts.get("ready.tooLong", length, max));
        }
        if (replyTo != null && !chat.acceptsReplies()) {
            return SendReadiness.blocked(chat.replyRefusal());
        }
        return SendReadiness.READY;
    }

    /** The request body; only call when {@link #readiness()} is sendable. */
    public SendMessage toRequest() {
        return new SendMessage(hasText() ? text : null, replyTo == null ? null : replyTo.messageID(), attachment);
    }
}
