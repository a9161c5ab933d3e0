package com.beepercomposer.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the sandbox knows: accounts, chats with their messages, drafts and send-failure
 * modes. One lock guards it all; the data is small and every operation is quick, so a single
 * monitor keeps the invariants (a pending ID maps to exactly one final message, history is in
 * sort-key order) simple.
 */
final class SandboxWorld {

    /** A chat and its history as seeded. */
    record ChatSeed(WireChat chat, List<WireMessage> messages) {
    }

    /** Builds a new message once its sort key is known. */
    interface NewMessage {
        WireMessage withSortKey(String sortKey);
    }

    private static final class ChatState {
        WireChat chat;
        final List<WireMessage> messages = new ArrayList<>();
        final Map<String, String> finalByPending = new HashMap<>();
        WireChat.Draft draft;
        SendFailure failure;

        ChatState(WireChat chat) {
            this.chat = chat;
        }
    }

    private final Object lock = new Object();
    private final List<WireAccount> accounts;
    private final Map<String, ChatState> chats = new LinkedHashMap<>();
    private final Map<String, String> idByLocalID = new HashMap<>();
    private long nextMessageNumber;
    private long lastSortKey;

    SandboxWorld(List<WireAccount> accounts, List<ChatSeed> seeds, long firstMessageNumber) {
        this.accounts = List.copyOf(accounts);
        this.nextMessageNumber = firstMessageNumber;
        for (ChatSeed seed : seeds) {
            ChatState state = new ChatState(seed.chat());
            state.messages.addAll(seed.messages());
            state.messages.sort(Comparator.comparing(WireMessage::sortKey));
            chats.put(seed.chat().id(), state);
            if (seed.chat().localChatID() != null) {
                idByLocalID.put(seed.chat().localChatID(), seed.chat().id());
            }
            for (WireMessage m : seed.messages()) {
                lastSortKey = Math.max(lastSortKey, Long.parseLong(m.sortKey()));
            }
        }
    }

    List<WireAccount> accounts() {
        return accounts;
    }

    /** The chat's canonical ID for a chat ID or a local chat ID. */
    Optional<String> resolveChatID(String ref) {
        synchronized (lock) {
            if (ref == null) {
                return Optional.empty();
            }
            if (chats.containsKey(ref)) {
                return Optional.of(ref);
            }
            return Optional.ofNullable(idByLocalID.get(ref));
        }
    }

    String requireChatID(String ref) {
        return resolveChatID(ref).orElseThrow(() -> SandboxError.notFound("Chat not found: " + ref));
    }

    WireChat chat(String chatID) {
        synchronized (lock) {
            return view(state(chatID));
        }
    }

    /** Every chat, most recent activity first, as the list endpoints return them. */
    List<WireChat> chatsByActivity() {
        synchronized (lock) {
            return chats.values().stream().map(this::view)
                    .sorted(Comparator.comparing(SandboxWorld::activityKey).reversed()).toList();
        }
    }

    /** The key chat lists are ordered and paged by: last activity, then ID to break ties. */
    static String activityKey(WireChat chat) {
        long millis = chat.lastActivity() == null ? 0 : Instant.parse(chat.lastActivity()).toEpochMilli();
        return String.format("%015d|%s", millis, chat.id());
    }

    List<WireMessage> messagesNewestFirst(String chatID) {
        synchronized (lock) {
            List<WireMessage> copy = new ArrayList<>(state(chatID).messages);
            Collections.reverse(copy);
            return copy;
        }
    }

    /** A message by final ID, or by the pending ID it was sent under (then the final one if it exists). */
    Optional<WireMessage> message(String chatID, String messageID) {
        synchronized (lock) {
            ChatState state = state(chatID);
            String id = state.finalByPending.getOrDefault(messageID, messageID);
            return state.messages.stream().filter(m -> m.id().equals(id)).findFirst();
        }
    }

    /**
     * Gives the message the next sort key and appends it in one step, so concurrent sends land in
     * the history in exactly the order of their keys, each once.
     */
    WireMessage append(String chatID, Instant at, NewMessage build) {
        synchronized (lock) {
            ChatState state = state(chatID);
            lastSortKey = Math.max(lastSortKey + 1, at.toEpochMilli() * 1000);
            WireMessage message = build.withSortKey(formatSortKey(lastSortKey));
            state.messages.add(message);
            state.chat = state.chat.with(state.chat.participants(), null, message.timestamp(), null);
            return message;
        }
    }

    /** Swaps the pending message for its final form, in place, so history order is kept. */
    void settle(String chatID, String pendingID, WireMessage settled) {
        synchronized (lock) {
            ChatState state = state(chatID);
            replace(state, pendingID, m -> settled);
            if (!settled.id().equals(pendingID)) {
                state.finalByPending.put(pendingID, settled.id());
            }
        }
    }

    /** Applies a change to one message (by final or pending ID); empty when there is no such message. */
    Optional<WireMessage> update(String chatID, String messageID, UnaryOperator<WireMessage> change) {
        synchronized (lock) {
            ChatState state = state(chatID);
            String id = state.finalByPending.getOrDefault(messageID, messageID);
            return replace(state, id, change);
        }
    }

    /** Removes a message from the history; false when it was not there. */
    boolean delete(String chatID, String messageID) {
        synchronized (lock) {
            return state(chatID).messages.removeIf(m -> m.id().equals(messageID));
        }
    }

    /**
     * Sets or clears the draft. With {@code refuseOverwrite}, a non-empty draft replaces only an
     * empty one, as Beeper Desktop was observed to do.
     */
    WireChat updateDraft(String chatID, WireChat.Draft draft, boolean refuseOverwrite) {
        synchronized (lock) {
            ChatState state = state(chatID);
            if (refuseOverwrite && draft != null && state.draft != null) {
                throw SandboxError.conflict("DRAFT_NOT_EMPTY", "The chat already has a draft. Send {\"draft\": null}"
                        + " to clear it before setting a new one.");
            }
            state.draft = draft;
            return view(state);
        }
    }

    WireChat updateSettings(String chatID, WireChat.Settings settings) {
        synchronized (lock) {
            ChatState state = state(chatID);
            state.chat = state.chat.apply(settings);
            return view(state);
        }
    }

    void failSends(String chatID, SendFailure failure) {
        synchronized (lock) {
            state(chatID).failure = failure;
        }
    }

    SendFailure sendFailure(String chatID) {
        synchronized (lock) {
            return state(chatID).failure;
        }
    }

    String nextMessageID() {
        synchronized (lock) {
            return Long.toString(nextMessageNumber++);
        }
    }

    static String formatSortKey(long value) {
        return String.format("%019d", value);
    }

    private static Optional<WireMessage> replace(ChatState state, String id, UnaryOperator<WireMessage> change) {
        for (int i = 0; i < state.messages.size(); i++) {
            if (state.messages.get(i).id().equals(id)) {
                WireMessage changed = change.apply(state.messages.get(i));
                state.messages.set(i, changed);
                return Optional.of(changed);
            }
        }
        return Optional.empty();
    }

    private ChatState state(String chatID) {
        ChatState state = chats.get(chatID);
        if (state == null) {
            throw SandboxError.notFound("Chat not found: " + chatID);
        }
        return state;
    }

    private WireChat view(ChatState state) {
        WireMessage preview = state.messages.isEmpty() ? null : state.messages.get(state.messages.size() - 1);
        return state.chat.with(state.chat.participants(), state.draft, state.chat.lastActivity(), preview);
    }
}
