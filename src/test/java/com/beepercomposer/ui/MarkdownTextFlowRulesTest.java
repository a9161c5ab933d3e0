package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.compose.FormattingRules;
import com.beepercomposer.compose.Markdown;
import com.beepercomposer.ui.MarkdownTextFlow.Run;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview draws what a chat does not render as it will arrive: its characters as typed. */
class MarkdownTextFlowRulesTest {
    private static final FormattingRules SMS = FormattingRules.of("SMS", new ChatCapabilities(160, 0, null, null));
    private static final FormattingRules NO_LINKS = FormattingRules.of("WhatsApp", new ChatCapabilities(null, null,
            null, Map.of("bold", 2, "italic", 2, "strikethrough", 2, "inline_code", 2, "code_block", 2)));

    private static String text(String markdown, FormattingRules rules) {
        return String.join("", MarkdownTextFlow.blocks(Markdown.parse(markdown), rules).stream()
                .map(block -> String.join("", block.stream().map(Run::text).toList())).toList());
    }

    @Test
    void markdownTheChatDoesNotRenderKeepsItsCharactersUnstyled() {
        String markdown = "**bold** _it_ ~~gone~~ `code` [site](https://example.com)";
        assertThat(text(markdown, SMS)).isEqualTo(markdown);
        List<Run> runs = MarkdownTextFlow.blocks(Markdown.parse(markdown), SMS).get(0);
        assertThat(runs).noneMatch(r -> r.styles().contains("md-bold") || r.styles().contains("md-strike")
                || r.styles().contains("md-code") || r.styles().contains("md-link"));
        assertThat(runs).contains(new Run("~~", List.of("md-literal")));

        assertThat(text(markdown, FormattingRules.EVERYTHING)).isEqualTo("bold it gone code site");
    }

    @Test
    void onlyTheMissingFeatureIsShownAsTyped() {
        List<Run> runs = MarkdownTextFlow.blocks(Markdown.parse("~~old~~ [docs](https://x.test) <https://y.test>"),
                NO_LINKS).get(0);
        assertThat(runs).contains(new Run("old", List.of("md-strike")));
        assertThat(String.join("", runs.stream().map(Run::text).toList()))
                .isEqualTo("old [docs](https://x.test) https://y.test");
    }

    @Test
    void aCodeBlockTheChatDoesNotRenderKeepsItsFence() {
        assertThat(text("```java\nint x;\n```", SMS)).isEqualTo("```java\nint x;\n```");
        assertThat(text("```java\nint x;\n```", NO_LINKS)).isEqualTo("int x;");
    }
}
