package com.beepercomposer.history;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as RFC 4180 CSV: a header row, CRLF line ends, and a field in double quotes (inner
 * quotes doubled) whenever it holds a comma, quote or line break. A missing value is an empty
 * field.
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(List<SendRecord> rows, Writer out) throws IOException {
        ExportColumn[] columns = ExportColumn.values();
        for (int i = 0; i < columns.length; i++) {
            out.write(i == 0 ? "" : ",");
            out.write(field(columns[i].header()));
        }
        out.write("\r\n");
        for (SendRecord row : rows) {
            for (int i = 0; i < columns.length; i++) {
                out.write(i == 0 ? "" : ",");
                out.write(field(columns[i].valueOf(row)));
            }
            out.write("\r\n");
        }
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
