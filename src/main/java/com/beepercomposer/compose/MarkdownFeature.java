package com.beepercomposer.compose;

/**
 * The Markdown a chat may or may not render, named as chats advertise them in
 * {@code capabilities.formatting}, with the characters a recipient sees when it does not.
 */
public enum MarkdownFeature {
    BOLD("bold", "**"),
    ITALIC("italic", "_"),
    STRIKETHROUGH("strikethrough", "~~"),
    INLINE_CODE("inline_code", "`"),
    CODE_BLOCK("code_block", "```"),
    LINK("link", "[text](url)");

    private final String capability;
    private final String marks;

    MarkdownFeature(String capability, String marks) {
        this.capability = capability;
        this.marks = marks;
    }

    /** The key in {@code capabilities.formatting}. */
    public String capability() {
        return capability;
    }

    /** What the person typed for it, as the hint names it: "~~". */
    public String marks() {
        return marks;
    }
}
