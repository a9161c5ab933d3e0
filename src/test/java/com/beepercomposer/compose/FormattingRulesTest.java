package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.sandbox.SeedData;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which Markdown each seeded network renders, from the capabilities the sandbox reports for its chats. */
class FormattingRulesTest {
    private static final String EVERY_FEATURE =
            "**b** _i_ ~~s~~ `c` [site](https://example.com)\n\n```\nblock\n```";
    private static SandboxServer sandbox;
    private static BeeperClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.builder().port(0).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
    }

    private static FormattingRules rulesOf(String chatID) throws Exception {
        return FormattingRules.of(ChatSummary.of(client.chat(chatID).get(10, TimeUnit.SECONDS)));
    }

    private static EnumSet<MarkdownFeature> shownAsTyped(String chatID) throws Exception {
        EnumSet<MarkdownFeature> typed = EnumSet.noneOf(MarkdownFeature.class);
        typed.addAll(rulesOf(chatID).shownAsTyped(Markdown.parse(EVERY_FEATURE)));
        return typed;
    }

    @Test
    void smsRendersNoMarkdownAndSaysSoForWhatTheTextUses() throws Exception {
        FormattingRules sms = rulesOf(SeedData.SHORT_TEXT_CHAT_ID);

        assertThat(sms.rendered()).isEmpty();
        assertThat(sms.hintFor(Markdown.parse("~~strike~~ this"))).isEqualTo("This iMessage chat shows ~~ as typed");
        assertThat(sms.hintFor(Markdown.parse("**bold** and ~~gone~~")))
                .isEqualTo("This iMessage chat shows ** and ~~ as typed");
        assertThat(sms.hintFor(Markdown.parse("plain words"))).isEmpty();
        assertThat(shownAsTyped(SeedData.SHORT_TEXT_CHAT_ID)).containsExactlyElementsOf(
                EnumSet.allOf(MarkdownFeature.class));
    }

    @Test
    void eachNetworkShowsAsTypedWhatItDoesNotAdvertise() throws Exception {
        assertThat(shownAsTyped(SeedData.ALICE_CHAT_ID)).containsExactly(MarkdownFeature.LINK);
        assertThat(shownAsTyped(SeedData.BOB_CHAT_ID)).isEmpty();
        assertThat(shownAsTyped(SeedData.CAROL_CHAT_ID))
                .containsExactly(MarkdownFeature.CODE_BLOCK, MarkdownFeature.LINK);
        assertThat(shownAsTyped(SeedData.ERIN_CHAT_ID)).isEmpty();
        assertThat(shownAsTyped(SeedData.MOM_CHAT_ID)).containsExactly(MarkdownFeature.INLINE_CODE,
                MarkdownFeature.CODE_BLOCK, MarkdownFeature.LINK);
        assertThat(rulesOf(SeedData.ALICE_CHAT_ID).hintFor(Markdown.parse(EVERY_FEATURE)))
                .isEqualTo("This WhatsApp chat shows [text](url) as typed");
        assertThat(rulesOf(SeedData.MOM_CHAT_ID).hintFor(Markdown.parse(EVERY_FEATURE)))
                .isEqualTo("This iMessage chat shows `, ``` and [text](url) as typed");
    }

    @Test
    void withoutAChatOrCapabilitiesEverythingRendersAndPartialSupportCounts() {
        assertThat(FormattingRules.of(null)).isEqualTo(FormattingRules.EVERYTHING);
        assertThat(FormattingRules.of(new ChatSummary("!c", null, "C", "X", false, false, null)))
                .isEqualTo(FormattingRules.EVERYTHING);
        FormattingRules partial = FormattingRules.of("X", new ChatCapabilities(null, null, null,
                Map.of("bold", 1, "italic", 0, "strikethrough", -1)));
        assertThat(partial.rendered()).containsExactly(MarkdownFeature.BOLD);
    }
}
