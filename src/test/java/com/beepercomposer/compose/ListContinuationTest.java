package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListContinuationTest {

    /** Applies Enter at the end of {@code text} and returns the text with the caret shown as |. */
    private static String enterAtEnd(String text) {
        return enterAt(text, text.length());
    }

    private static String enterAt(String text, int caret) {
        ListContinuation.Edit edit = ListContinuation.enter(text, caret);
        String after = text.substring(0, edit.start()) + edit.text() + text.substring(edit.end());
        return after.substring(0, edit.caret()) + "|" + after.substring(edit.caret());
    }

    @Test
    void outsideAListEnterIsALineBreak() {
        assertThat(enterAtEnd("hello")).isEqualTo("hello\n|");
        assertThat(enterAtEnd("")).isEqualTo("\n|");
        assertThat(enterAtEnd("-not a list")).isEqualTo("-not a list\n|");
        assertThat(enterAt("ab", 1)).isEqualTo("a\n|b");
    }

    @Test
    void bulletsContinueWithTheSameMarkerAndIndent() {
        assertThat(enterAtEnd("- one")).isEqualTo("- one\n- |");
        assertThat(enterAtEnd("* one")).isEqualTo("* one\n* |");
        assertThat(enterAtEnd("+ one")).isEqualTo("+ one\n+ |");
        assertThat(enterAtEnd("intro\n  - nested")).isEqualTo("intro\n  - nested\n  - |");
    }

    @Test
    void numbersCountUp() {
        assertThat(enterAtEnd("1. one")).isEqualTo("1. one\n2. |");
        assertThat(enterAtEnd("9) nine")).isEqualTo("9) nine\n10) |");
    }

    @Test
    void tasksContinueUnchecked() {
        assertThat(enterAtEnd("- [x] done")).isEqualTo("- [x] done\n- [ ] |");
        assertThat(enterAtEnd("- [ ] todo")).isEqualTo("- [ ] todo\n- [ ] |");
    }

    @Test
    void enterOnAnEmptyItemEndsTheList() {
        assertThat(enterAtEnd("- one\n- ")).isEqualTo("- one\n|");
        assertThat(enterAtEnd("1. one\n2. ")).isEqualTo("1. one\n|");
        assertThat(enterAtEnd("- [ ] a\n- [ ] ")).isEqualTo("- [ ] a\n|");
    }

    @Test
    void enterInsideAnItemSplitsItIntoTwoItems() {
        assertThat(enterAt("- onetwo", 5)).isEqualTo("- one\n- |two");
    }

    @Test
    void enterBeforeTheMarkerIsALineBreak() {
        assertThat(enterAt("- one", 0)).isEqualTo("\n|- one");
    }
}
