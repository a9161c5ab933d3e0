package com.beepercomposer.cli;

import com.beepercomposer.api.Chat;
import com.beepercomposer.api.Json;
import com.beepercomposer.compose.ChatFinder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** {@code chats [QUERY] [--json]}: recent chats, or those matching QUERY, one per line. */
final class ChatsCommand {
    static final Set<String> FLAGS = Set.of("--json", "--sandbox");

    private ChatsCommand() {
    }

    static int run(List<String> words, CliIo io, ConnectionSource saved) {
        Args args = Args.parse(words, Set.of(), FLAGS, Set.of());
        if (args.positionals().size() > 1) {
            throw Args.usage("chats takes one QUERY (quote a title with spaces)");
        }
        String query = args.positionals().isEmpty() ? "" : args.positionals().get(0);
        try (CliConnection connection = CliConnection.open(io.env(), saved, args.has("--sandbox"))) {
            List<Chat> chats = Failures.await(new ChatFinder(connection.client()).find(query), "listing chats");
            for (Chat chat : chats) {
                io.out().println(args.has("--json") ? json(chat) : line(chat));
            }
        }
        return ExitCode.OK;
    }

    /** "ID  local ID  network  type  title", tab-separated for cut and awk. */
    static String line(Chat chat) {
        return String.join("\t", chat.id(), nonNull(chat.localChatID()), nonNull(chat.network()),
                nonNull(chat.type()), nonNull(chat.title()));
    }

    private static String json(Chat chat) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", chat.id());
        node.put("localChatID", chat.localChatID());
        node.put("title", chat.title());
        node.put("network", chat.network());
        node.put("type", chat.type());
        node.put("readOnly", chat.readOnly());
        return node.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
