package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {
    @Test
    void bringsBackTheMarkdownTheEditorWrites() {
        assertThat(HtmlToMarkdown.convert("<strong>bold</strong> <em>it</em> <del>x</del> <code>a&lt;b</code>"
                + "<br>next <a href=\"https://e.com\">link</a>"))
                .isEqualTo("**bold** _it_ ~~x~~ `a<b`\nnext [link](https://e.com)");
        assertThat(HtmlToMarkdown.convert("<p>one</p>\n<p>two &amp; three</p>")).isEqualTo("one\n\ntwo & three");
        assertThat(HtmlToMarkdown.convert(null)).isEmpty();
    }
}
