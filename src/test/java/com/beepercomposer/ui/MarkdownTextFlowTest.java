package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.Markdown;
import com.beepercomposer.ui.MarkdownTextFlow.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextFlowTest {

    private static List<Run> render(String markdown) {
        return MarkdownTextFlow.runs(Markdown.parse(markdown));
    }

    private static String text(List<Run> runs) {
        return String.join("", runs.stream().map(Run::text).toList());
    }

    @Test
    void stylesNestAndMarkersDisappear() {
        List<Run> runs = render("Hi **bold _both_** ~~no~~ `x`");

        assertThat(text(runs)).isEqualTo("Hi bold both no x");
        assertThat(runs).contains(new Run("both", List.of("md-bold", "md-italic")));
        assertThat(runs).contains(new Run("no", List.of("md-strike")));
        assertThat(runs).contains(new Run("x", List.of("md-code")));
    }

    @Test
    void eachTopLevelBlockIsRenderedOnItsOwn() {
        List<List<Run>> before = MarkdownTextFlow.blocks(Markdown.parse("first\n\nsecond\n\nthird"));
        List<List<Run>> after = MarkdownTextFlow.blocks(Markdown.parse("first\n\nsecond, edited\n\nthird"));

        assertThat(before).hasSize(3);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1)).isNotEqualTo(before.get(1));
        assertThat(after.get(2)).isEqualTo(before.get(2));
    }

    @Test
    void blocksBecomeLines() {
        assertThat(text(render("line one\nline two\n\nnext"))).isEqualTo("line one\nline two\n\nnext");
        assertThat(text(render("- a\n- b\n\n1. x\n2. y"))).isEqualTo("• a\n• b\n\n1. x\n2. y");
        assertThat(text(render("> quoted"))).isEqualTo("┃ quoted");
        assertThat(text(render("```\nlet x = 1;\n```"))).isEqualTo("let x = 1;");
    }
}
