package com.beepercomposer.history;

/** A column of an export: its name, the same in CSV and JSON, and a row's value in it. */
interface TableColumn<R> {
    String header();

    /** The value as text, or null when the row has none. */
    String valueOf(R row);
}
