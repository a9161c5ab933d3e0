package com.beepercomposer.api;

import java.util.Map;

/**
 * What a chat accepts. Support levels follow the API: -2 rejected, -1 dropped,
 * 0 unsupported, 1 partial, 2 full.
 */
public record ChatCapabilities(Integer maxTextLength, Integer reply, Map<String, AttachmentCapability> attachments,
                               Map<String, Integer> formatting, Integer edit, Integer delete) {

    public ChatCapabilities {
        attachments = attachments == null ? null : Map.copyOf(attachments);
        formatting = formatting == null ? null : Map.copyOf(formatting);
    }

    /** Capabilities that say nothing of editing or deleting. */
    public ChatCapabilities(Integer maxTextLength, Integer reply, Map<String, AttachmentCapability> attachments,
                            Map<String, Integer> formatting) {
        this(maxTextLength, reply, attachments, formatting, null, null);
    }

    /** Sent messages can be edited unless the chat says edits are rejected, dropped or unsupported. */
    public boolean acceptsEdits() {
        return edit == null || edit > 0;
    }

    /** Sent messages can be deleted for everyone unless the chat says it cannot. */
    public boolean acceptsDeletes() {
        return delete == null || delete > 0;
    }

    /** Replies are accepted unless the chat says they are rejected, dropped or unsupported. */
    public boolean acceptsReplies() {
        return reply == null || reply > 0;
    }

    /** Limits for one Matrix msgtype ({@code m.image}, {@code org.matrix.msc3245.voice}...). */
    public record AttachmentCapability(Map<String, Integer> mimeTypes, Long maxSize, Integer maxWidth,
                                       Integer maxHeight, Double maxDuration, Integer caption,
                                       Integer maxCaptionLength) {
        public AttachmentCapability {
            mimeTypes = mimeTypes == null ? Map.of() : Map.copyOf(mimeTypes);
        }

        /** A MIME type is accepted when it, or a pattern such as {@code image/*}, is listed with level > 0. */
        public boolean accepts(String mimeType) {
            if (mimeType == null) {
                return false;
            }
            String lower = mimeType.toLowerCase(java.util.Locale.ROOT);
            return mimeTypes.entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getValue() > 0)
                    .anyMatch(e -> matches(e.getKey().toLowerCase(java.util.Locale.ROOT), lower));
        }

        private static boolean matches(String pattern, String mimeType) {
            if (pattern.equals("*") || pattern.equals("*/*")) {
                return true;
            }
            if (pattern.endsWith("/*")) {
                return mimeType.startsWith(pattern.substring(0, pattern.length() - 1));
            }
            return pattern.equals(mimeType);
        }
    }
}
