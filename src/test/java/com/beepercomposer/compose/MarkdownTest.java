package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.MarkdownHighlighter.Span;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void highlightsEachKindOfSyntax() {
        String text = "# Title\n**bold** *it* ~~gone~~ `code` [link](http://x)\n> quote\n- item\n```\ncode block\n```\n";

        assertThat(MarkdownHighlighter.spans(text)).extracting(Span::styleClass).containsExactly(
                "md-heading", "md-bold", "md-italic", "md-strike", "md-code", "md-link", "md-quote", "md-list",
                "md-code-block");
        Span bold = MarkdownHighlighter.spans(text).get(1);
        assertThat(text.substring(bold.start(), bold.end())).isEqualTo("**bold**");
    }

    @Test
    void leavesPlainTextAlone() {
        assertThat(MarkdownHighlighter.spans("2 * 3 * 4 and snake_case_name")).isEmpty();
    }

    @Test
    void highlightsALongDraftInOnePass() {
        String big = "Some **bold** and `code` words.\n".repeat(700);
        assertThat(big.length()).isGreaterThan(20_000);
        assertThat(MarkdownHighlighter.spans(big)).hasSize(1400);
    }

    @Test
    void snippetsAreOnePlainLine() {
        assertThat(PlainSnippet.of("<p>Hello <b>there</b><br>you &amp; me</p>", 80)).isEqualTo("Hello there you & me");
        assertThat(PlainSnippet.of("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(PlainSnippet.of(null, 5)).isEmpty();
    }

    @Test
    void recognisesPastedIds() {
        assertThat(ChatFinder.looksLikeId("!whatsapp_1555:ba_x.local-whatsapp.localhost")).isTrue();
        assertThat(ChatFinder.looksLikeId("1234")).isTrue();
        assertThat(ChatFinder.looksLikeId("ann")).isFalse();
        assertThat(ChatFinder.looksLikeId("team chat")).isFalse();
    }
}
