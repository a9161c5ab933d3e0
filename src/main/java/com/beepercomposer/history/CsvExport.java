package com.beepercomposer.history;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Rows as RFC 4180 CSV: a header row, CRLF line ends, and a field in double quotes (inner
 * quotes doubled) only when it holds a comma, quote or line break. A missing value is an empty
 * field. Message texts are somebody's content, and a spreadsheet runs a cell that starts with a
 * formula sign: such cells are {@linkplain #neutralise(String) neutralised}.
 */
public final class CsvExport {
    // Strict checking quotes by content only; without it Jackson quotes every longer value.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvExport() {
    }

    public static void write(List<SendRecord> rows, Writer out) throws IOException {
        write(rows, ExportColumn.values(), out);
    }

    /** Any rows under these columns, as the history's export writes its own. */
    static <R> void write(List<R> rows, TableColumn<R>[] columns, Writer out) throws IOException {
        // The caller owns the writer: Jackson must not close it.
        try (SequenceWriter csv = MAPPER.writer(SCHEMA)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            csv.write(Arrays.stream(columns).map(TableColumn::header).toArray(String[]::new));
            for (R row : rows) {
                csv.write(Arrays.stream(columns).map(c -> orEmpty(neutralise(c.valueOf(row)))).toArray(String[]::new));
            }
        }
    }

    // Jackson drops nulls from an array row: a missing value is written as an empty field instead.
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * OWASP's CSV injection defence: a cell starting with {@code = + - @}, a tab or a carriage
     * return gets a leading single quote, so a spreadsheet shows it as text instead of running it.
     */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }
}
