package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.api.OutgoingAttachment;
import com.beepercomposer.api.SendMessage;
import org.junit.jupiter.api.Test;

class DraftTest {
    private static final ChatSummary OPEN = chat(false, null, null);

    static ChatSummary chat(boolean readOnly, Integer maxTextLength, Integer reply) {
        return new ChatSummary("!c:x", "7", "Team", "Signal", true, readOnly,
                new ChatCapabilities(maxTextLength, reply, null, null));
    }

    @Test
    void explainsTheFirstThingThatBlocksSending() {
        assertThat(Draft.EMPTY.readiness().reason()).isEqualTo("Choose a chat first");
        assertThat(Draft.EMPTY.withChat(OPEN).readiness().reason()).isEqualTo("Write a message or attach a file");
        assertThat(Draft.EMPTY.withChat(OPEN).withText("   ").readiness().sendable()).isFalse();
        assertThat(Draft.EMPTY.withChat(chat(true, null, null)).withText("hi").readiness().reason())
                .isEqualTo("This chat is read-only");
        assertThat(Draft.EMPTY.withChat(OPEN).withText("hi").withAttachment(null, "Wait for the upload to finish").readiness().reason())
                .isEqualTo("Wait for the upload to finish");
        assertThat(Draft.EMPTY.withChat(OPEN).withText("hi").readiness()).isEqualTo(SendReadiness.READY);
    }

    @Test
    void countsCodePointsAgainstTheLimit() {
        ChatSummary sms = chat(false, 5, null);
        assertThat(Draft.EMPTY.withChat(sms).withText("😀😀😀😀😀").readiness().sendable()).isTrue();
        assertThat(Draft.EMPTY.withChat(sms).withText("123456").readiness().reason())
                .isEqualTo("Too long: 6 of 5 characters");
    }

    @Test
    void aReplyIsBlockedWhereTheChatRejectsReplies() {
        Draft draft = Draft.EMPTY.withChat(chat(false, null, -2)).withText("hi").withReplyTo(ReplyTarget.pasted("m1"));
        assertThat(draft.readiness().reason()).isEqualTo("This chat rejects replies");
        assertThat(draft.withReplyTo(null).readiness().sendable()).isTrue();
    }

    @Test
    void buildsTheRequestFromWhatIsSet() {
        Draft textOnly = Draft.EMPTY.withChat(OPEN).withText("**hi**").withReplyTo(ReplyTarget.pasted(" m1 "));
        assertThat(textOnly.toRequest()).isEqualTo(new SendMessage("**hi**", "m1", null));
        Draft fileOnly = Draft.EMPTY.withChat(OPEN).withAttachment(OutgoingAttachment.of("u1"), null);
        assertThat(fileOnly.toRequest()).isEqualTo(new SendMessage(null, null, OutgoingAttachment.of("u1")));
    }

    @Test
    void describesTheReply() {
        assertThat(new ReplyTarget("m1", "Ann", "see you").describe()).isEqualTo("Replying to Ann: see you");
        assertThat(ReplyTarget.pasted("m9").describe()).isEqualTo("Replying to message m9");
    }
}
