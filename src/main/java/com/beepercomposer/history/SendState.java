package com.beepercomposer.history;

import com.beepercomposer.i18n.Texts;

/** Where a send stands, from the moment its row is written to the final answer. */
public enum SendState {
    /** The request is on its way; no answer yet. */
    SENDING("Sending"),
    /** The server accepted it and gave a pendingMessageID; the network has not confirmed. */
    PENDING("Pending"),
    /** Confirmed: the message has its final ID. */
    SENT("Sent"),
    /** The network failed it, and a retry may work. */
    FAILED_RETRIABLE("Failed (retriable)"),
    /** The network failed it for good. */
    FAILED_PERMANENT("Failed"),
    /** The server refused the request: nothing was sent. */
    REJECTED("Rejected"),
    /** No answer came (timeout, dropped connection, app killed mid-send): it may have been delivered. */
    UNKNOWN("Unknown, check the chat"),
    /** Sent, then deleted in the chat from this app; the row stays as a record of it. */
    UNSENT("Unsent");

    private final String label;

    SendState(String label) {
        this.label = label;
    }

    /** Fixed English, as the command line prints it. */
    public String label() {
        return label;
    }

    /** The state in the app's language: "Sent", "Gesendet". */
    public String text() {
        return Texts.get("state." + name());
    }

    public boolean isSettled() {
        return this != SENDING && this != PENDING;
    }
}
