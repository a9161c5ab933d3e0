package com.beepercomposer.history;

import com.beepercomposer.api.PathSegment;
import java.net.URI;

/**
 * A row as curl commands someone can paste into a shell to repeat it: the upload (when the row
 * had an attachment) and the send with the exact request JSON. The token is always the
 * variable {@code $BEEPER_ACCESS_TOKEN}, never a value: rows do not hold it, and a copied
 * command must be safe to paste into a chat or a bug report.
 */
public final class CurlCommand {
    /** Double quotes so the shell expands the variable; single quotes would send it literally. */
    static final String AUTHORIZATION = "-H \"Authorization: Bearer $BEEPER_ACCESS_TOKEN\"";
    private static final String NEXT_LINE = " \\\n  ";

    private CurlCommand() {
    }

    /**
     * @param fallback the base URL for a row sent before connections were recorded; the command
     *                 then says that it is a guess
     */
    public static String of(SendRecord row, URI fallback) {
        String recorded = row.connection().baseUrl();
        String base = stripSlash(recorded != null ? recorded : fallback.toString());
        StringBuilder out = new StringBuilder();
        if (recorded == null) {
            out.append("# Sent before the app recorded connections: this sends to the current one, ")
                    .append(base).append('\n');
        }
        if (row.attachmentName() != null || row.uploadID() != null) {
            out.append(upload(row, base)).append("\n\n");
        }
        out.append("curl -X POST ")
                .append(ShellQuote.single(base + "/v1/chats/" + PathSegment.encode("chat ID", row.chatID())
                        + "/messages"))
                .append(NEXT_LINE).append(AUTHORIZATION)
                .append(NEXT_LINE).append("-H 'Content-Type: application/json'")
                .append(NEXT_LINE).append("--data ").append(ShellQuote.single(requestJson(row)))
                .append('\n');
        return out.toString();
    }

    private static String upload(SendRecord row, String base) {
        String note = row.uploadID() == null ? "" : "# The send below names upload " + row.uploadID()
                + "; put the uploadID this upload prints in its place.\n";
        String file = row.attachmentName() == null ? "<file>" : row.attachmentName();
        return note + "curl -X POST " + ShellQuote.single(base + "/v1/assets/upload")
                + NEXT_LINE + AUTHORIZATION
                + NEXT_LINE + "-F " + ShellQuote.single("file=@" + curlFileName(file));
    }

    /** curl reads {@code ;} and {@code ,} after {@code @} as options unless the name is in double quotes. */
    private static String curlFileName(String name) {
        if (name.chars().noneMatch(c -> c == ';' || c == ',' || c == '"' || c == '\\')) {
            return name;
        }
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Rows written before requests were stored (never, so far) get the body rebuilt from their fields. */
    private static String requestJson(SendRecord row) {
        if (row.requestJson() != null) {
            return row.requestJson();
        }
        StringBuilder json = new StringBuilder("{");
        if (row.text() != null) {
            json.append("\"text\":").append(JsonText.quote(row.text()));
        }
        if (row.replyToMessageID() != null) {
            json.append(json.length() > 1 ? "," : "").append("\"replyToMessageID\":")
                    .append(JsonText.quote(row.replyToMessageID()));
        }
        return json.append('}').toString();
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
