package com.beepercomposer.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** How a {@link SendRecord} is written to and read from a row of the {@code sends} table. */
final class SendRows {
    private static final String COLUMNS = "id, created_at, chat_id, chat_title, text, reply_to, attachment_name, "
            + "upload_id, request_json, state, pending_id, routed_chat_id, final_id, reason, pending_at, final_at, "
            + "response_json, final_message_json, retry_of, connection_kind, connection_url, connection_account, origin, "
            + "edits_json, unsent_at, group_id, group_kind, group_index, group_size, group_variant";

    /** Selects every column, {@link #read} reads them back. */
    static final String SELECT = "SELECT " + COLUMNS;
    static final String INSERT = "INSERT INTO sends (" + COLUMNS.substring(4) + ") "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String UPDATE = "UPDATE sends SET created_at=?, chat_id=?, "
            + "chat_title=?, text=?, reply_to=?, attachment_name=?, upload_id=?, request_json=?, state=?, "
            + "pending_id=?, routed_chat_id=?, final_id=?, reason=?, pending_at=?, final_at=?, "
            + "response_json=?, final_message_json=?, retry_of=?, connection_kind=?, connection_url=?, "
            + "connection_account=?, origin=?, edits_json=?, unsent_at=?, group_id=?, group_kind=?, group_index=?, "
            + "group_size=?, group_variant=? WHERE id=?";
    /** The parameter of {@link #UPDATE} that names the row. */
    static final int UPDATE_ID = 30;

    private SendRows() {
    }

    /** Binds every column but the id, in {@link #INSERT}'s and {@link #UPDATE}'s order. */
    static void bind(PreparedStatement s, SendRecord r) throws SQLException {
        bind(s, r, 1);
    }

    private static void bind(PreparedStatement s, SendRecord r, int from) throws SQLException {
        s.setString(from, text(r.createdAt()));
        s.setString(from + 1, r.chatID());
        s.setString(from + 2, r.chatTitle());
        s.setString(from + 3, r.text());
        s.setString(from + 4, r.replyToMessageID());
        s.setString(from + 5, r.attachmentName());
        s.setString(from + 6, r.uploadID());
        s.setString(from + 7, r.requestJson());
        s.setString(from + 8, r.state().name());
        s.setString(from + 9, r.pendingMessageID());
        s.setString(from + 10, r.routedChatID());
        s.setString(from + 11, r.finalMessageID());
        s.setString(from + 12, r.reason());
        s.setString(from + 13, text(r.pendingAt()));
        s.setString(from + 14, text(r.finalAt()));
        s.setString(from + 15, r.responseJson());
        s.setString(from + 16, r.finalMessageJson());
        if (r.retryOf() == null) {
            s.setNull(from + 17, java.sql.Types.INTEGER);
        } else {
            s.setLong(from + 17, r.retryOf());
        }
        ConnectionRef via = r.connection();
        s.setString(from + 18, via.kind() == ConnectionRef.Kind.UNKNOWN ? null : via.kind().name());
        s.setString(from + 19, via.baseUrl());
        s.setString(from + 20, via.account());
        s.setString(from + 21, r.origin().name());
        s.setString(from + 22, SendEdit.toJson(r.edits()));
        s.setString(from + 23, text(r.unsentAt()));
        bindGroup(s, r.group(), from + 24);
    }

    private static void bindGroup(PreparedStatement s, SendGroup group, int from) throws SQLException {
        if (group == null) {
            for (int i = 0; i < 5; i++) {
                s.setNull(from + i, i == 2 || i == 3 ? java.sql.Types.INTEGER : java.sql.Types.VARCHAR);
            }
            return;
        }
        s.setString(from, group.id());
        s.setString(from + 1, group.kind().name());
        s.setInt(from + 2, group.index());
        s.setInt(from + 3, group.size());
        s.setString(from + 4, group.variant());
    }

    static SendRecord read(ResultSet rs) throws SQLException {
        return new SendRecord(rs.getLong("id"), instant(rs.getString("created_at")), rs.getString("chat_id"),
                rs.getString("chat_title"), rs.getString("text"), rs.getString("reply_to"),
                rs.getString("attachment_name"), rs.getString("upload_id"), rs.getString("request_json"),
                state(rs.getString("state")), rs.getString("pending_id"), rs.getString("routed_chat_id"),
                rs.getString("final_id"), rs.getString("reason"), instant(rs.getString("pending_at")),
                instant(rs.getString("final_at")), rs.getString("response_json"), rs.getString("final_message_json"),
                retryOf(rs), connection(rs), SendOrigin.parse(rs.getString("origin")),
                SendEdit.fromJson(rs.getString("edits_json")), instant(rs.getString("unsent_at")), group(rs));
    }

    private static ConnectionRef connection(ResultSet rs) throws SQLException {
        String kind = rs.getString("connection_kind");
        if (kind == null) {
            return ConnectionRef.UNKNOWN;
        }
        try {
            return new ConnectionRef(ConnectionRef.Kind.valueOf(kind), rs.getString("connection_url"),
                    rs.getString("connection_account"));
        } catch (IllegalArgumentException e) {
            return ConnectionRef.UNKNOWN;
        }
    }

    private static SendGroup group(ResultSet rs) throws SQLException {
        String id = rs.getString("group_id");
        if (id == null) {
            return null;
        }
        try {
            return new SendGroup(id, SendGroup.Kind.valueOf(rs.getString("group_kind")), rs.getInt("group_index"),
                    rs.getInt("group_size"), rs.getString("group_variant"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static Long retryOf(ResultSet rs) throws SQLException {
        long value = rs.getLong("retry_of");
        return rs.wasNull() ? null : value;
    }

    private static SendState state(String name) {
        try {
            return SendState.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SendState.UNKNOWN;
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
