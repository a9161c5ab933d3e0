package com.beepercomposer.ui;

import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.TextLength;
import com.beepercomposer.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * What the composer shows about its draft beside the text: the length counter and whether it is
 * over the chat's limit, the reply strip, and why the chat takes no replies.
 */
final class DraftFigures {
    private final ObservableValue<Draft> draft;
    final StringBinding counter;
    final BooleanBinding overLimit;
    final StringBinding replyStrip;
    /** Empty when replies are possible; otherwise why not. */
    final StringBinding replyRefusal;

    DraftFigures(ObservableValue<Draft> draft) {
        this.draft = draft;
        counter = Bindings.createStringBinding(this::counterText, draft);
        overLimit = Bindings.createBooleanBinding(this::isOverLimit, draft);
        replyStrip = Bindings.createStringBinding(
                () -> draft.getValue().replyTo() == null ? "" : draft.getValue().replyTo().describe(), draft);
        replyRefusal = Bindings.createStringBinding(() -> {
            ChatSummary chat = draft.getValue().chat();
            return chat == null ? Texts.get("composer.chooseChatFirst")
                    : chat.replyRefusal() == null ? "" : chat.replyRefusal();
        }, draft);
    }

    private String counterText() {
        Draft current = draft.getValue();
        int length = TextLength.of(current.text());
        Integer max = current.chat() == null ? null : current.chat().maxTextLength();
        return max == null ? Texts.get("composer.characters", length) : Texts.get("composer.charactersOf", length, max);
    }

    private boolean isOverLimit() {
        Draft current = draft.getValue();
        Integer max = current.chat() == null ? null : current.chat().maxTextLength();
        return max != null && TextLength.of(current.text()) > max;
    }
}
