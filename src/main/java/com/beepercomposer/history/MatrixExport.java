package com.beepercomposer.history;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A "Send as…" matrix as CSV or JSON, with the matrix's own columns: as the history export does
 * (RFC 4180 CSV, formula-looking cells neutralised; JSON objects without the missing values).
 */
public final class MatrixExport {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    /** The columns, in order, with the names both formats use. */
    public enum Column {
        ROW_ID("rowID", l -> String.valueOf(l.rowID())),
        INDEX("index", l -> String.valueOf(l.index())),
        VARIANT("variant", MatrixLine::variant),
        SENT_TYPE("sentType", MatrixLine::sentType),
        SENT_MIME_TYPE("sentMimeType", MatrixLine::sentMimeType),
        SENT_FILE_NAME("sentFileName", MatrixLine::sentFileName),
        SENT_SIZE("sentSize", MatrixLine::sentSize),
        SENT_DURATION("sentDuration", MatrixLine::sentDuration),
        STATUS("status", MatrixLine::state),
        PENDING_ID("pendingMessageID", MatrixLine::pendingMessageID),
        REASON("reason", MatrixLine::reason),
        FINAL_ID("finalMessageID", MatrixLine::finalMessageID),
        FINAL_TYPE("finalType", MatrixLine::finalType),
        FINAL_ATTACHMENT("finalAttachment", MatrixLine::finalAttachment),
        FINAL_MIME_TYPE("finalMimeType", MatrixLine::finalMimeType),
        FINAL_FILE_NAME("finalFileName", MatrixLine::finalFileName),
        FINAL_FILE_SIZE("finalFileSize", MatrixLine::finalFileSize),
        FINAL_SIZE("finalSize", MatrixLine::finalSize),
        FINAL_DURATION("finalDuration", MatrixLine::finalDuration),
        SRC_URL("srcURL", MatrixLine::srcURL);

        private final String header;
        private final Function<MatrixLine, String> value;

        Column(String header, Function<MatrixLine, String> value) {
            this.header = header;
            this.value = value;
        }

        public String header() {
            return header;
        }

        public String valueOf(MatrixLine line) {
            return value.apply(line);
        }
    }

    private MatrixExport() {
    }

    public static void write(List<MatrixLine> lines, ExportFormat format, Writer out) throws IOException {
        if (format == ExportFormat.JSON) {
            json(lines, out);
        } else {
            csv(lines, out);
        }
    }

    /** Whole or not at all, as {@link ExportFormat#writeFile}. Blocking: call off the FX thread. */
    public static void writeFile(List<MatrixLine> lines, ExportFormat format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(lines, format, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void csv(List<MatrixLine> lines, Writer out) throws IOException {
        Column[] columns = Column.values();
        try (SequenceWriter csv = MAPPER.writer(SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            csv.write(Arrays.stream(columns).map(Column::header).toArray(String[]::new));
            for (MatrixLine line : lines) {
                csv.write(Arrays.stream(columns).map(c -> {
                    String value = CsvExport.neutralise(c.valueOf(line));
                    return value == null ? "" : value;
                }).toArray(String[]::new));
            }
        }
    }

    private static void json(List<MatrixLine> lines, Writer out) throws IOException {
        try (JsonGenerator json = Json.mapper().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (MatrixLine line : lines) {
                json.writeStartObject();
                for (Column column : Column.values()) {
                    String value = column.valueOf(line);
                    if (value == null) {
                        continue;
                    }
                    json.writeFieldName(column.header());
                    if (column == Column.ROW_ID) {
                        json.writeNumber(line.rowID());
                    } else if (column == Column.INDEX) {
                        json.writeNumber(line.index());
                    } else {
                        json.writeString(value);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write("\n");
    }
}
