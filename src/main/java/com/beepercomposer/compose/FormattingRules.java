package com.beepercomposer.compose;

import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.i18n.Texts;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * Which Markdown the chosen chat renders, from its {@code capabilities.formatting}: a feature
 * is rendered at support level 1 (partial) or 2 (full). A chat that reports capabilities but
 * no formatting renders none (the API: "omitted means none advertised"); with no chat, or a
 * chat that reports no capabilities at all, the preview cannot know and renders everything.
 *
 * @param network  the chat's network, for the hint ("iMessage"); null when not known
 * @param rendered the features the recipient sees formatted
 */
public record FormattingRules(String network, Set<MarkdownFeature> rendered) {
    /** No chat chosen, or nothing known: everything is shown formatted. */
    public static final FormattingRules EVERYTHING = new FormattingRules(null, EnumSet.allOf(MarkdownFeature.class));

    public FormattingRules {
        rendered = rendered.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rendered));
    }

    public static FormattingRules of(ChatSummary chat) {
        if (chat == null || chat.capabilities() == null) {
            return EVERYTHING;
        }
        return of(chat.network(), chat.capabilities());
    }

    public static FormattingRules of(String network, ChatCapabilities capabilities) {
        Map<String, Integer> formatting = capabilities.formatting() == null ? Map.of() : capabilities.formatting();
        Set<MarkdownFeature> rendered = EnumSet.noneOf(MarkdownFeature.class);
        for (MarkdownFeature feature : MarkdownFeature.values()) {
            Integer level = formatting.get(feature.capability());
            if (level != null && level > 0) {
                rendered.add(feature);
            }
        }
        return new FormattingRules(network, rendered);
    }

    public boolean renders(MarkdownFeature feature) {
        return rendered.contains(feature);
    }

    /** The features the text uses that this chat shows as typed, in the enum's order. */
    public Set<MarkdownFeature> shownAsTyped(Node document) {
        Set<MarkdownFeature> used = EnumSet.noneOf(MarkdownFeature.class);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis node) {
                used.add(MarkdownFeature.BOLD);
                visitChildren(node);
            }

            @Override
            public void visit(Emphasis node) {
                used.add(MarkdownFeature.ITALIC);
                visitChildren(node);
            }

            @Override
            public void visit(Code node) {
                used.add(MarkdownFeature.INLINE_CODE);
            }

            @Override
            public void visit(FencedCodeBlock node) {
                used.add(MarkdownFeature.CODE_BLOCK);
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                used.add(MarkdownFeature.CODE_BLOCK);
            }

            @Override
            public void visit(Link node) {
                used.add(MarkdownFeature.LINK);
                visitChildren(node);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof Strikethrough) {
                    used.add(MarkdownFeature.STRIKETHROUGH);
                }
                visitChildren(node);
            }
        });
        used.removeAll(rendered);
        return used;
    }

    /** The quiet hint under the preview: "This iMessage chat shows ** and ~~ as typed"; empty when none. */
    public String hint(Set<MarkdownFeature> shownAsTyped) {
        if (shownAsTyped.isEmpty()) {
            return "";
        }
        String marks = shownAsTyped.stream().map(MarkdownFeature::marks).collect(Collectors.joining(", "));
        int comma = marks.lastIndexOf(", ");
        if (comma >= 0) {
            marks = Texts.get("formatting.and", marks.substring(0, comma), marks.substring(comma + 2));
        }
        return network == null ? Texts.get("formatting.hint", marks)
                : Texts.get("formatting.hintNetwork", network, marks);
    }

    /** The hint for this text: what this chat will not render of it. */
    public String hintFor(Node document) {
        return hint(shownAsTyped(document));
    }
}
