package com.beepercomposer.history;

/** What happened to a message after it was sent, for the row's details: its edits and its unsending. */
public final class EditsText {
    private EditsText() {
    }

    /** Empty for a row never edited nor unsent; else a blank line and the story, oldest first. */
    public static String of(SendRecord row) {
        if (row.edits().isEmpty() && row.unsentAt() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n\n");
        if (!row.edits().isEmpty()) {
            out.append("Edits (").append(row.edits().size()).append("):\n").append(SendEdit.describe(row.edits()));
        }
        if (row.unsentAt() != null) {
            out.append(row.unsentAt()).append("  unsent: deleted in the chat\n");
        }
        return out.toString();
    }
}
