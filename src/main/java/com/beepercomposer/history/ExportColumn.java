package com.beepercomposer.history;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The fields an export writes, in order, with the names both formats use. */
enum ExportColumn implements TableColumn<SendRecord> {
    ID("id", r -> String.valueOf(r.id())),
    TIME("time", r -> instant(r.createdAt())),
    CHAT_ID("chatID", SendRecord::chatID),
    CHAT_TITLE("chatTitle", SendRecord::chatTitle),
    TEXT("text", SendRecord::text),
    REPLY_TO("replyToMessageID", SendRecord::replyToMessageID),
    ATTACHMENT_NAME("attachmentName", SendRecord::attachmentName),
    UPLOAD_ID("uploadID", SendRecord::uploadID),
    STATUS("status", r -> r.state().name()),
    REASON("reason", SendRecord::reason),
    PENDING_ID("pendingMessageID", SendRecord::pendingMessageID),
    ROUTED_CHAT_ID("routedChatID", SendRecord::routedChatID),
    FINAL_ID("finalMessageID", SendRecord::finalMessageID),
    PENDING_AT("pendingAt", r -> instant(r.pendingAt())),
    FINAL_AT("finalAt", r -> instant(r.finalAt())),
    RETRY_OF("retryOf", r -> r.retryOf() == null ? null : String.valueOf(r.retryOf())),
    REQUEST("request", SendRecord::requestJson),
    RESPONSE("response", SendRecord::responseJson),
    FINAL_MESSAGE("finalMessage", SendRecord::finalMessageJson),
    UNSENT_AT("unsentAt", r -> instant(r.unsentAt())),
    EDITS("edits", r -> SendEdit.toJson(r.edits())),
    GROUP_ID("groupID", r -> r.group() == null ? null : r.group().id()),
    GROUP_KIND("groupKind", r -> r.group() == null ? null : r.group().kind().name()),
    GROUP_INDEX("groupIndex", r -> r.group() == null ? null : String.valueOf(r.group().index())),
    GROUP_VARIANT("groupVariant", r -> r.group() == null ? null : r.group().variant());

    /** Columns whose value is JSON text: the JSON export embeds them as objects. */
    static final List<ExportColumn> JSON_VALUED = List.of(REQUEST, RESPONSE, FINAL_MESSAGE, EDITS);

    private final String header;
    private final Function<SendRecord, String> value;

    ExportColumn(String header, Function<SendRecord, String> value) {
        this.header = header;
        this.value = value;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String valueOf(SendRecord row) {
        return value.apply(row);
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
