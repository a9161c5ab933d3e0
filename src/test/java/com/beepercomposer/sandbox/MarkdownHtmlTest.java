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
                .isEqualTo("<pre><code class=\"language-java\">int a = b ** c * d;</code></pre><br>"
                        + "&lt;b&gt;x&lt;/b&gt; and <code>**y**</code>");
    }

    @Test
    void plainTextKeepsLineBreaks() {
        assertThat(MarkdownHtml.toHtml("a snake_case_name\nline 2 * 3")).isEqualTo("a snake_case_name<br>line 2 * 3");
    }
}
