package com.beepercomposer.cli;

/**
 * The command line's exit codes, documented in the README. Scripts branch on them, so a code
 * never changes meaning; 7 in particular must never be read as "not sent".
 */
public final class ExitCode {
    /** Sent (or pending, without --wait); for chats and history: done. */
    public static final int OK = 0;
    /** Something else went wrong before anything was sent: the server is unreachable, a file unreadable. */
    public static final int ERROR = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** No connection is configured, or the server refused the token. */
    public static final int NOT_AUTHORISED = 3;
    /** The server (or the chat's rules) refused the message, or the network failed it. */
    public static final int REFUSED = 4;
    /** No such chat, or no such message to reply to. */
    public static final int NOT_FOUND = 5;
    /** The chat title matches several chats; the candidates are listed. */
    public static final int AMBIGUOUS_CHAT = 6;
    /** No answer, or --wait ran out: the message may have arrived. Check before sending again. */
    public static final int UNCERTAIN = 7;

    private ExitCode() {
    }
}
