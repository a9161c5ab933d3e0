package com.beepercomposer.history;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as one JSON array of objects. The request, response and final message are embedded as
 * JSON, not as strings holding JSON; a missing value is left out.
 */
public final class JsonExport {
    private JsonExport() {
    }

    public static void write(List<SendRecord> rows, Writer out) throws IOException {
        write(rows, ExportColumn.values(), JsonExport::field, out);
    }

    /** How one column's value, present in the row, is written after its field name. */
    interface FieldWriter<R, C> {
        void write(JsonGenerator json, R row, C column, String value) throws IOException;
    }

    /** Any rows under these columns, each an object without its missing values. */
    static <R, C extends TableColumn<R>> void write(List<R> rows, C[] columns, FieldWriter<R, C> field, Writer out)
            throws IOException {
        // Streamed, so a hundred thousand rows never sit in memory twice.
        try (JsonGenerator json = Json.mapper().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (R row : rows) {
                json.writeStartObject();
                for (C column : columns) {
                    String value = column.valueOf(row);
                    if (value == null) {
                        continue;
                    }
                    json.writeFieldName(column.header());
                    field.write(json, row, column, value);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write("\n");
    }

    private static void field(JsonGenerator json, SendRecord row, ExportColumn column, String value)
            throws IOException {
        if (column == ExportColumn.ID) {
            json.writeNumber(row.id());
        } else if (column == ExportColumn.RETRY_OF) {
            json.writeNumber(row.retryOf());
        } else if (column == ExportColumn.GROUP_INDEX) {
            json.writeNumber(row.group().index());
        } else if (ExportColumn.JSON_VALUED.contains(column)) {
            json.writeTree(embedded(value));
        } else {
            json.writeString(value);
        }
    }

    private static JsonNode embedded(String value) {
        return JsonText.tree(value);
    }
}
