package com.beepercomposer.sandbox;

import com.beepercomposer.api.Account;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the sandbox knows: accounts, chats with their messages, drafts and send-failure
 * modes. One lock guards it all; the data is small and every operation is quick, so a single
 * monitor keeps the invariants (a pending ID maps to exactly one final message) simple.
 */
final class SandboxWorld {

    /** A chat and its history as seeded. */
    record ChatSeed(Chat chat, List<Message> messages) {
    }

    private static final class ChatState {
        Chat chat;
        final List<Message> messages = new ArrayList<>();
        final Map<String, String> finalByPending = new HashMap<>();
        Chat.Draft draft;
        SendFailure failure;

        ChatState(Chat chat) {
            this.chat = chat;
        }
    }

    private final Object lock = new Object();
    private final List<Account> accounts;
    private final Map<String, ChatState> chats = new LinkedHashMap<>();
    private final Map<String, String> idByLocalID = new HashMap<>();
    private long nextMessageNumber;
    private long lastSortKey;

    SandboxWorld(List<Account> accounts, List<ChatSeed> seeds, long firstMessageNumber) {
        this.accounts = List.copyOf(accounts);
        this.nextMessageNumber = firstMessageNumber;
        for (ChatSeed seed : seeds) {
            ChatState state = new ChatState(seed.chat());
            state.messages.addAll(seed.messages());
            state.messages.sort(Comparator.comparing(Message::sortKey));
            chats.put(seed.chat().id(), state);
            if (seed.chat().localChatID() != null) {
                idByLocalID.put(seed.chat().localChatID(), seed.chat().id());
            }
            for (Message m : seed.messages()) {
                lastSortKey = Math.max(lastSortKey, Long.parseLong(m.sortKey()));
            }
        }
    }

    List<Account> accounts() {
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

    Chat chat(String chatID) {
        synchronized (lock) {
            return view(state(chatID));
        }
    }

    /** Every chat, most recent activity first, as the list endpoints return them. */
    List<Chat> chatsByActivity() {
        synchronized (lock) {
            return chats.values().stream().map(this::view).sorted(Comparator.comparing(SandboxWorld::activityKey)
                    .reversed()).toList();
        }
    }

    /** The key chat lists are ordered and paged by: last activity, then ID to break ties. */
    static String activityKey(Chat chat) {
        long millis = chat.lastActivity() == null ? 0 : Instant.parse(chat.lastActivity()).toEpochMilli();
        return String.format("%015d|%s", millis, chat.id());
    }

    List<Message> messagesNewestFirst(String chatID) {
        synchronized (lock) {
            List<Message> copy = new ArrayList<>(state(chatID).messages);
            java.util.Collections.reverse(copy);
            return copy;
        }
    }

    /** A message by final ID, or by the pending ID it was sent under (then the final one if it exists). */
    Optional<Message> message(String chatID, String messageID) {
        synchronized (lock) {
            ChatState state = state(chatID);
            String id = state.finalByPending.getOrDefault(messageID, messageID);
            return state.messages.stream().filter(m -> m.id().equals(id)).findFirst();
        }
    }

    void append(String chatID, Message message) {
        synchronized (lock) {
            ChatState state = state(chatID);
            state.messages.add(message);
            state.chat = withActivity(state.chat, message.timestamp());
        }
    }

    /** Swaps the pending message for its final form, in place, so history order is kept. */
    void settle(String chatID, String pendingID, Message settled) {
        synchronized (lock) {
            ChatState state = state(chatID);
            for (int i = 0; i < state.messages.size(); i++) {
                if (state.messages.get(i).id().equals(pendingID)) {
                    state.messages.set(i, settled);
                    break;
                }
            }
            if (!settled.id().equals(pendingID)) {
                state.finalByPending.put(pendingID, settled.id());
            }
        }
    }

    /**
     * Sets or clears the draft. A non-empty draft replaces only an empty one, as Beeper Desktop
     * does, so two writers cannot silently overwrite each other's draft.
     */
    Chat updateDraft(String chatID, Chat.Draft draft) {
        synchronized (lock) {
            ChatState state = state(chatID);
            if (draft != null && state.draft != null) {
                throw SandboxError.conflict("DRAFT_NOT_EMPTY", "The chat already has a draft. Send {\"draft\": null}"
                        + " to clear it before setting a new one.");
            }
            state.draft = draft;
            return view(state);
        }
    }

    Chat updateFlags(String chatID, Boolean archived, Boolean muted, Boolean pinned, String title) {
        synchronized (lock) {
            ChatState state = state(chatID);
            Chat c = state.chat;
            state.chat = new Chat(c.id(), c.localChatID(), c.accountID(), c.network(),
                    title != null ? title : c.title(), c.type(), c.unreadCount(), c.participants(), c.isReadOnly(),
                    archived != null ? archived : c.isArchived(), muted != null ? muted : c.isMuted(),
                    pinned != null ? pinned : c.isPinned(), c.lastActivity(), null, c.capabilities(), null);
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

    /** Sort keys grow with time and never repeat, even for sends within the same millisecond. */
    String nextSortKey(Instant at) {
        synchronized (lock) {
            lastSortKey = Math.max(lastSortKey + 1, at.toEpochMilli() * 1000);
            return formatSortKey(lastSortKey);
        }
    }

    static String formatSortKey(long value) {
        return String.format("%019d", value);
    }

    private ChatState state(String chatID) {
        ChatState state = chats.get(chatID);
        if (state == null) {
            throw SandboxError.notFound("Chat not found: " + chatID);
        }
        return state;
    }

    private Chat view(ChatState state) {
        Chat c = state.chat;
        Message preview = state.messages.isEmpty() ? null : state.messages.get(state.messages.size() - 1);
        return new Chat(c.id(), c.localChatID(), c.accountID(), c.network(), c.title(), c.type(), c.unreadCount(),
                c.participants(), c.isReadOnly(), c.isArchived(), c.isMuted(), c.isPinned(), c.lastActivity(),
                state.draft, c.capabilities(), preview);
    }

    private static Chat withActivity(Chat c, String timestamp) {
        return new Chat(c.id(), c.localChatID(), c.accountID(), c.network(), c.title(), c.type(), c.unreadCount(),
                c.participants(), c.isReadOnly(), c.isArchived(), c.isMuted(), c.isPinned(), timestamp, null,
                c.capabilities(), null);
    }
}
