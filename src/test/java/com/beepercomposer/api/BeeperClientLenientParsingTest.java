package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Recorded bodies with what servers add over time: unknown fields, nulls inside lists and maps,
 * enum values the client has never seen, timestamps with offsets and ts as an ISO string. The
 * client keeps every value it knows and drops only the nulls.
 */
class BeeperClientLenientParsingTest extends MockServerTestBase {

    @Test
    void aMessageWithUnknownFieldsNullItemsAndNewEnumValuesParses() throws Exception {
        enqueueJson(200, recorded("message-odd.json"));

        Message m = await(client.message("!NCdzlIaMjZUmvmvyHU:beeper.com", "1343993"));

        assertThat(m.id()).isEqualTo("1343993");
        assertThat(m.type()).isEqualTo("POLL");
        assertThat(m.timestampInstant()).isEqualTo("2025-06-02T14:43:00.123Z");
        assertThat(m.linkedMessageID()).isNull();
        assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("hologram");
            assertThat(a.size().width()).isEqualTo(3);
            assertThat(a.size().height()).isNull();
            assertThat(a.isGif()).isNull();
        });
        assertThat(m.sendStatus().status()).isEqualTo("QUEUED_ON_DEVICE");
        assertThat(m.sendStatus().isSettled()).isFalse();
        assertThat(m.sendStatus().deliveredToUsers()).containsExactly("@a");
        assertThat(m.isFinalFor("1343993")).isFalse();
    }

    @Test
    void aChatWithNullsInItsMapsAndListsParses() throws Exception {
        enqueueJson(200, recorded("chat-odd.json"));

        Chat chat = await(client.chat("!NCdzlIaMjZUmvmvyHU:beeper.com"));

        assertThat(chat.type()).isEqualTo("channel");
        assertThat(chat.isGroup()).isFalse();
        assertThat(chat.localChatID()).isNull();
        assertThat(chat.draft()).isNull();
        assertThat(chat.participants().items()).extracting(User::fullName).containsExactly("Ann");
        assertThat(chat.capabilities().reply()).isEqualTo(3);
        assertThat(chat.capabilities().acceptsReplies()).isTrue();
        assertThat(chat.capabilities().formatting()).containsOnlyKeys("bold");
        assertThat(chat.capabilities().attachments()).containsOnlyKeys("m.image");
        ChatCapabilities.AttachmentCapability image = chat.capabilities().attachments().get("m.image");
        assertThat(image.accepts("image/png")).isTrue();
        assertThat(image.accepts("image/avif")).isFalse();
        assertThat(image.maxSize()).isEqualTo(1048576L);
    }

    @Test
    void aPageAndAnAccountListWithNullItemsKeepTheRealOnes() throws Exception {
        enqueueJson(200, recorded("chats-page-odd.json"));
        enqueueJson(200, recorded("accounts-odd.json"));

        Page<Chat> page = await(client.listChats(null));
        var accounts = await(client.accounts());

        assertThat(page.items()).extracting(Chat::id).containsExactly("c1");
        assertThat(page.items().get(0).preview()).isNull();
        assertThat(page.oldestCursor()).isNull();
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.bridge().provider()).isEqualTo("satellite");
            assertThat(a.network()).isNull();
            assertThat(a.user().isSelf()).isTrue();
        });
    }

    @Test
    void anErrorWithNullIssuesAndOddPathsKeepsTheReadableOnes() throws Exception {
        enqueueJson(400, recorded("error-odd.json"));

        ApiException e = failure(client.message("c", "m"));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).contains("VALIDATION_ERROR");
        assertThat(e.issues()).extracting(ValidationIssue::message).containsExactly("text must be a string", "bad");
        assertThat(e.issues().get(0).path()).containsExactly("text");
        assertThat(e.issues().get(0).field()).isEqualTo("text");
        assertThat(e.issues().get(1).path()).containsExactly("attachment", 0);
    }

    @Test
    void anEventWithAnIsoTimestampAndNullEntriesParses() throws Exception {
        StreamEvent.Domain event = (StreamEvent.Domain) StreamEvent.parse(recorded("event-odd.json")).orElseThrow();

        assertThat(event.ts()).isEqualTo(1739320000000L);
        assertThat(event.seq()).isEqualTo(7);
        assertThat(event.accountID()).isEqualTo("wa");
        assertThat(event.ids()).containsExactly("m1");
        assertThat(event.messages()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("EPHEMERAL");
            assertThat(m.isFinalFor("pending-1")).isTrue();
        });
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = BeeperClientLenientParsingTest.class.getResourceAsStream("recorded/" + name)) {
            if (in == null) {
                throw new IOException("No recorded body " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
