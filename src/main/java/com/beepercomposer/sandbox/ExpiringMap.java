package com.beepercomposer.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A map whose entries expire and whose size is capped: when full, expired entries go first,
 * then the oldest. For state anyone can create without a token (OAuth clients, codes, tokens),
 * so a flood of requests costs a bounded amount of memory.
 */
final class ExpiringMap<K, V> {
    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>();

    ExpiringMap(int capacity, Clock clock) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    synchronized void put(K key, V value, Instant expiresAt) {
        entries.remove(key);
        if (entries.size() >= capacity) {
            purgeExpired();
        }
        Iterator<K> oldest = entries.keySet().iterator();
        while (entries.size() >= capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        entries.put(key, new Entry<>(value, expiresAt));
    }

    synchronized Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry)) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Takes the entry out; empty if it was absent or expired. */
    synchronized Optional<V> remove(K key) {
        Entry<V> entry = entries.remove(key);
        return entry == null || expired(entry) ? Optional.empty() : Optional.of(entry.value());
    }

    synchronized void removeValues(Predicate<V> which) {
        entries.values().removeIf(e -> which.test(e.value()));
    }

    /** Live entries only. */
    synchronized int size() {
        purgeExpired();
        return entries.size();
    }

    private void purgeExpired() {
        entries.values().removeIf(this::expired);
    }

    private boolean expired(Entry<V> entry) {
        return !entry.expiresAt().isAfter(clock.instant());
    }

    @Override
    public synchronized String toString() {
        return "ExpiringMap[" + entries.size() + "/" + capacity + "]";
    }
}
