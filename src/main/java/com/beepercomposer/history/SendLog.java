package com.beepercomposer.history;

import java.util.List;
import java.util.function.Consumer;

/** Where every send is recorded. A row is written before the request leaves, then updated. */
public interface SendLog {

    /** Stores a new row and returns it with its ID. */
    SendRecord add(SendRecord record);

    /** Replaces the row with the same ID; does nothing (and tells nobody) when it was deleted. */
    void update(SendRecord record);

    /**
     * Removes a row for good. Later updates of that row are dropped, so a send resolving after
     * its row was deleted cannot bring it back.
     *
     * @return whether there was such a row
     */
    boolean delete(long id);

    /** Every row, newest first. */
    List<SendRecord> all();

    /** The row as stored now, for a change that must build on its latest version (an edit, an unsend). */
    default java.util.Optional<SendRecord> find(long id) {
        return all().stream().filter(row -> row.id() == id).findFirst();
    }

    /** Rows still waiting for their final message, oldest first: what a restart must follow again. */
    default List<SendRecord> pending() {
        List<SendRecord> rows = new java.util.ArrayList<>(all().stream()
                .filter(row -> row.state() == SendState.PENDING).toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    /** The rows sent in one group, in their place in it (a retry after its original). */
    default List<SendRecord> group(String groupID) {
        return all().stream().filter(row -> row.group() != null && row.group().id().equals(groupID))
                .sorted(SendGroup.ORDER).toList();
    }

    /**
     * Tells {@code listener} of every added or updated row, on the thread that changed it, until
     * the returned subscription is cancelled.
     */
    Subscription subscribe(Consumer<SendRecord> listener);

    /** How many listeners are subscribed: what a closed window or session must bring back down. */
    int subscribers();
}
