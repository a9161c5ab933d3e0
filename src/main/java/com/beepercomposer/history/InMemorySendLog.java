package com.beepercomposer.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** A send log that lives as long as the process; for tests and as the fallback when no disk is writable. */
public final class InMemorySendLog implements SendLog {
    private final Map<Long, SendRecord> rows = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final RowListeners listeners = new RowListeners();

    @Override
    public SendRecord add(SendRecord record) {
        SendRecord stored = record.withId(nextId.getAndIncrement());
        rows.put(stored.id(), stored);
        listeners.tell(stored);
        return stored;
    }

    @Override
    public void update(SendRecord record) {
        if (rows.replace(record.id(), record) != null) {
            listeners.tell(record);
        }
    }

    @Override
    public java.util.Optional<SendRecord> find(long id) {
        return java.util.Optional.ofNullable(rows.get(id));
    }

    @Override
    public boolean delete(long id) {
        return rows.remove(id) != null;
    }

    @Override
    public List<SendRecord> all() {
        List<SendRecord> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparingLong(SendRecord::id).reversed());
        return list;
    }

    @Override
    public Subscription subscribe(Consumer<SendRecord> listener) {
        return listeners.add(listener);
    }

    @Override
    public int subscribers() {
        return listeners.size();
    }
}
