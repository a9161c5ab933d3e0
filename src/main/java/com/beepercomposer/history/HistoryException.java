package com.beepercomposer.history;

/** The history could not be read or written (disk full, file locked, a newer schema). */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
