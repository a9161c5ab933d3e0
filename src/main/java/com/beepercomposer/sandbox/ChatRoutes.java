package com.beepercomposer.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Chat listing, search, lookup (also by local chat ID) and updates (the draft rule lives here). */
final class ChatRoutes {
    static final int LIST_PAGE_SIZE = 25;
    static final int SEARCH_DEFAULT_LIMIT = 50;
    static final int SEARCH_MAX_LIMIT = 200;
    // List and search trim participants, as the real server does, to keep pages small.
    static final int LIST_PARTICIPANTS = 20;
    static final int RETRIEVE_PARTICIPANTS = 100;

    private final SandboxWorld world;
    private final UploadStore uploads;
    private final EventHub events;
    private final boolean strictDrafts;

    ChatRoutes(SandboxWorld world, UploadStore uploads, EventHub events, boolean strictDrafts) {
        this.world = world;
        this.uploads = uploads;
        this.events = events;
        this.strictDrafts = strictDrafts;
    }

    void register(Javalin app) {
        app.get("/v1/chats", this::list);
        app.get("/v1/chats/search", this::search);
        app.get("/v1/chats/{chatID}", this::retrieve);
        app.patch("/v1/chats/{chatID}", this::update);
    }

    private void list(Context ctx) {
        List<WireChat> chats = filterAccounts(world.chatsByActivity(), ctx);
        WirePage<WireChat> page = CursorPager.page(chats, SandboxWorld::activityKey, ctx.queryParam("cursor"),
                ctx.queryParam("direction"), LIST_PAGE_SIZE);
        ctx.json(trimParticipants(page));
    }

    private void search(Context ctx) {
        String scope = ctx.queryParam("scope");
        if (scope != null && !scope.equals("titles") && !scope.equals("participants")) {
            throw SandboxError.invalid("invalid_enum_value", "scope must be 'titles' or 'participants'", "scope");
        }
        String type = ctx.queryParam("type");
        if (type != null && !Set.of("single", "group", "any").contains(type)) {
            throw SandboxError.invalid("invalid_enum_value", "type must be 'single', 'group' or 'any'", "type");
        }
        int limit = CursorPager.limit(ctx.queryParam("limit"), SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT);
        String query = ctx.queryParam("query");
        List<String> words = query == null ? List.of()
                : Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        boolean unreadOnly = "true".equals(ctx.queryParam("unreadOnly"));
        boolean includeMuted = !"false".equals(ctx.queryParam("includeMuted"));
        List<WireChat> matches = filterAccounts(world.chatsByActivity(), ctx).stream()
                .filter(c -> type == null || type.equals("any") || type.equals(c.type()))
                .filter(c -> !unreadOnly || c.unreadCount() > 0)
                .filter(c -> includeMuted || !Boolean.TRUE.equals(c.isMuted()))
                .filter(c -> matchesAll(haystack(c, scope), words))
                .toList();
        WirePage<WireChat> page = CursorPager.page(matches, SandboxWorld::activityKey, ctx.queryParam("cursor"),
                ctx.queryParam("direction"), limit);
        ctx.json(withoutPreviews(trimParticipants(page)));
    }

    /** SDK rule: every word must appear; titles scope covers title and network. */
    private static String haystack(WireChat chat, String scope) {
        String titles = chat.title() + " " + chat.network();
        String people = String.join(" ", chat.participants().items().stream()
                .flatMap(u -> Stream.of(u.fullName(), u.username()))
                .filter(s -> s != null).toList());
        String text = scope == null ? titles + " " + people : scope.equals("titles") ? titles : people;
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean matchesAll(String haystack, List<String> words) {
        return words.stream().allMatch(haystack::contains);
    }

    private static List<WireChat> filterAccounts(List<WireChat> chats, Context ctx) {
        List<String> accountIDs = new ArrayList<>();
        for (String key : List.of("accountIDs", "accountIDs[]")) {
            ctx.queryParams(key).forEach(v -> accountIDs.addAll(Arrays.asList(v.split(","))));
        }
        if (accountIDs.isEmpty()) {
            return chats;
        }
        return chats.stream().filter(c -> accountIDs.contains(c.accountID())).toList();
    }

    private void retrieve(Context ctx) {
        WireChat chat = world.chat(world.requireChatID(ctx.pathParam("chatID")));
        int max = RETRIEVE_PARTICIPANTS;
        String raw = ctx.queryParam("maxParticipantCount");
        if (raw != null && !raw.isBlank()) {
            try {
                max = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw SandboxError.invalid("invalid_type", "maxParticipantCount must be a number",
                        "maxParticipantCount");
            }
            if (max < -1 || max > 500) {
                throw SandboxError.invalid("too_big", "maxParticipantCount must be -1 (all) or 0-500",
                        "maxParticipantCount");
            }
        }
        ctx.json(withParticipants(chat, max < 0 ? Integer.MAX_VALUE : max).withoutPreview());
    }

    private void update(Context ctx) {
        String chatID = world.requireChatID(ctx.pathParam("chatID"));
        JsonNode body = JsonBodies.object(ctx);
        WireChat result = world.chat(chatID);
        if (body.has("draft")) {
            JsonNode draft = body.get("draft");
            result = world.updateDraft(chatID, draft.isNull() ? null : draft(draft), strictDrafts);
        }
        WireChat.Settings settings = new WireChat.Settings(JsonBodies.optionalString(body, "title"),
                JsonBodies.optionalString(body, "description"), JsonBodies.optionalString(body, "imgURL"),
                JsonBodies.optionalBoolean(body, "isArchived"), JsonBodies.optionalBoolean(body, "isLowPriority"),
                JsonBodies.optionalBoolean(body, "isMuted"), JsonBodies.optionalBoolean(body, "isPinned"),
                JsonBodies.optionalInt(body, "messageExpirySeconds"), isNull(body, "description"),
                isNull(body, "imgURL"), isNull(body, "messageExpirySeconds"));
        if (!settings.equals(new WireChat.Settings(null, null, null, null, null, null, null, null, false, false,
                false))) {
            result = world.updateSettings(chatID, settings);
        }
        events.publish("chat.upserted", chatID, List.of(chatID), List.of());
        ctx.json(result.withoutPreview());
    }

    private static boolean isNull(JsonNode body, String field) {
        return body.has(field) && body.get(field).isNull();
    }

    /** The draft as stored: Markdown turned into Matrix HTML, attachments resolved to their uploads. */
    private WireChat.Draft draft(JsonNode node) {
        List<WireError.Issue> issues = new ArrayList<>();
        if (!node.isObject()) {
            throw SandboxError.invalid("invalid_type", "draft must be an object or null", "draft");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            issues.add(new WireError.Issue("invalid_type", "Required: draft.text must be a string",
                    List.of("draft", "text")));
        }
        Map<String, WireChat.DraftAttachment> attachments = new LinkedHashMap<>();
        JsonNode raw = node.get("attachments");
        if (raw != null && !raw.isNull()) {
            if (!raw.isObject()) {
                issues.add(new WireError.Issue("invalid_type", "draft.attachments must be an object keyed by ID",
                        List.of("draft", "attachments")));
            } else {
                raw.fields().forEachRemaining(e -> {
                    WireChat.DraftAttachment a = draftAttachment(e.getKey(), e.getValue(), issues);
                    if (a != null) {
                        attachments.put(a.id(), a);
                    }
                });
            }
        }
        if (!issues.isEmpty()) {
            throw SandboxError.invalid(issues);
        }
        if (text.asText().isEmpty() && attachments.isEmpty()) {
            return null;
        }
        return new WireChat.Draft(MarkdownHtml.toHtml(text.asText()), attachments.isEmpty() ? null : attachments);
    }

    private WireChat.DraftAttachment draftAttachment(String key, JsonNode a, List<WireError.Issue> issues) {
        String uploadID = a.path("uploadID").asText(null);
        StoredUpload upload = uploads.find(uploadID).orElse(null);
        if (upload == null) {
            issues.add(new WireError.Issue("custom", "Unknown uploadID " + uploadID + ": upload the file first",
                    List.of("draft", "attachments", key, "uploadID")));
            return null;
        }
        String hint = a.path("type").asText("");
        String type = hint.equals("gif") ? "gif" : hint.equals("voice-note") ? "recorded_audio" : "file";
        JsonNode size = a.get("size");
        WireMessage.Size mediaSize = size != null && size.isObject()
                ? new WireMessage.Size(size.path("width").asInt(), size.path("height").asInt())
                : upload.width() == null ? null : new WireMessage.Size(upload.width(), upload.height());
        Double duration = a.hasNonNull("duration") ? Double.valueOf(a.get("duration").asDouble()) : upload.duration();
        return new WireChat.DraftAttachment(a.path("id").asText(key), type,
                type.equals("recorded_audio") ? duration : null, a.path("fileName").asText(upload.fileName()),
                upload.file().toString(), upload.fileSize(), a.path("mimeType").asText(upload.mimeType()), mediaSize,
                null);
    }

    private static WirePage<WireChat> trimParticipants(WirePage<WireChat> page) {
        return new WirePage<>(page.items().stream().map(c -> withParticipants(c, LIST_PARTICIPANTS)).toList(),
                page.hasMore(), page.oldestCursor(), page.newestCursor());
    }

    private static WirePage<WireChat> withoutPreviews(WirePage<WireChat> page) {
        return new WirePage<>(page.items().stream().map(WireChat::withoutPreview).toList(), page.hasMore(),
                page.oldestCursor(), page.newestCursor());
    }

    private static WireChat withParticipants(WireChat c, int max) {
        List<WireUser> all = c.participants().items();
        if (all.size() <= max) {
            return c;
        }
        return c.withParticipants(new WireChat.Participants(true, all.subList(0, max), all.size()));
    }
}
