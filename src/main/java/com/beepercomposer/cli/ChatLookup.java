package com.beepercomposer.cli;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.ChatSummary;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Turns {@code --chat} into one chat: a chat ID or local chat ID is looked up directly; anything
 * else is a title, which must name exactly one chat. A script must never send to a guess, so a
 * title matching several chats lists them instead.
 */
final class ChatLookup {
    private final BeeperClient client;
    private final ChatFinder finder;

    ChatLookup(BeeperClient client) {
        this.client = client;
        this.finder = new ChatFinder(client);
    }

    ChatSummary resolve(String wanted) {
        String query = wanted.strip();
        if (query.isEmpty()) {
            throw Args.usage("--chat needs a chat ID, local chat ID or title");
        }
        if (ChatFinder.looksLikeId(query)) {
            CompletableFuture<Chat> direct = finder.lookup(query);
            try {
                return ChatSummary.of(Failures.await(direct, "looking up chat " + query));
            } catch (CliFailure e) {
                if (e.exitCode() != ExitCode.NOT_FOUND && e.exitCode() != ExitCode.USAGE) {
                    throw e;
                }
                // Not an ID after all: it may still be a title.
            }
        }
        List<Chat> found = Failures.await(finder.find(query), "searching chats for " + query);
        List<Chat> exact = found.stream().filter(chat -> sameTitle(chat, query)).toList();
        List<Chat> candidates = exact.isEmpty() ? found : exact;
        if (candidates.isEmpty()) {
            throw new CliFailure(ExitCode.NOT_FOUND, "No chat matches " + query
                    + " (by ID, local chat ID or title); list them with: beeper-composer chats");
        }
        if (candidates.size() > 1) {
            StringBuilder message = new StringBuilder("Several chats match ").append(query)
                    .append("; pass one of these IDs with --chat:");
            candidates.forEach(chat -> message.append('\n').append("  ").append(ChatsCommand.line(chat)));
            throw new CliFailure(ExitCode.AMBIGUOUS_CHAT, message.toString());
        }
        // Search results may leave out capabilities: the chat itself has them all.
        String id = candidates.get(0).id();
        return ChatSummary.of(Failures.await(client.chat(id), "looking up chat " + id));
    }

    private static boolean sameTitle(Chat chat, String query) {
        return chat.title() != null && chat.title().strip().toLowerCase(Locale.ROOT)
                .equals(query.toLowerCase(Locale.ROOT));
    }
}
