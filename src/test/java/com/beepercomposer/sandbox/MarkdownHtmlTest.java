package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
    @Test
    void convertsTheCommonMarks() {
        assertThat(MarkdownHtml.toHtml("**b** *i* _i_ ~~s~~ `c` [l](https://x.y/?a=1&b=2)"))
                .isEqualTo("<strong>b</strong> <em>i</em> <em>i</em> <del>s</del> <code>c</code> "
                        + "<a href=\"https://x.y/?a=1&amp;b=2\">l</a>");
    }

    @Test
    void leavesCodeAloneAndEscapesHtml() {
        assertThat(MarkdownHtml.toHtml("```java\nint a = b ** c * d;\n```\n<b>x</b> and `**y**`"))
                .isEqualTo("<pre><code class=\"language-java\">int a = b ** c * d;\n</code></pre>\n"
                        + "<p>&lt;b&gt;x&lt;/b&gt; and <code>**y**</code></p>");
    }

    @Test
    void plainTextKeepsLineBreaks() {
        assertThat(MarkdownHtml.toHtml("a snake_case_name\nline 2 * 3")).isEqualTo("a snake_case_name<br>line 2 * 3");
    }

    @Test
    void followsCommonMarkWhereAPatternWouldNot() {
        assertThat(MarkdownHtml.toHtml("***both*** and **bold with *italic* inside**"))
                .isEqualTo("<em><strong>both</strong></em> and <strong>bold with <em>italic</em> inside</strong>");
        assertThat(MarkdownHtml.toHtml("- one\n- two")).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
        assertThat(MarkdownHtml.toHtml("[site](http://example.com)")).isEqualTo("<a href=\"http://example.com\">site</a>");
    }

    @Test
    void dropsScriptLinksAndEscapesRawHtml() {
        assertThat(MarkdownHtml.toHtml("[x](javascript:alert(1)) <img src=x onerror=alert(1)>"))
                .isEqualTo("<a href=\"\">x</a> &lt;img src=x onerror=alert(1)&gt;");
        assertThat(MarkdownHtml.toHtml("<script>alert(1)</script>"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void nullStaysNull() {
        assertThat(MarkdownHtml.toHtml(null)).isNull();
    }
}
