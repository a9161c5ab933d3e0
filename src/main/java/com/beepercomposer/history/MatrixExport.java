package com.beepercomposer.history;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A "Send as…" matrix as CSV or JSON, with the matrix's own columns: as the history export does
 * (RFC 4180 CSV, formula-looking cells neutralised; JSON objects without the missing values).
 */
public final class MatrixExport {
    /** The columns, in order, with the names both formats use. */
    public enum Column implements TableColumn<MatrixLine> {
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

        @Override
        public String header() {
            return header;
        }

        @Override
        public String valueOf(MatrixLine line) {
            return value.apply(line);
        }
    }

    private MatrixExport() {
    }

    public static void write(List<MatrixLine> lines, ExportFormat format, Writer out) throws IOException {
        if (format == ExportFormat.JSON) {
            JsonExport.write(lines, Column.values(), MatrixExport::field, out);
        } else {
            CsvExport.write(lines, Column.values(), out);
        }
    }

    /** Whole or not at all, as {@link ExportFormat#writeFile}. Blocking: call off the FX thread. */
    public static void writeFile(List<MatrixLine> lines, ExportFormat format, Path file) throws IOException {
        ExportFormat.writeWhole(file, out -> write(lines, format, out));
    }

    private static void field(JsonGenerator json, MatrixLine line, Column column, String value) throws IOException {
        if (column == Column.ROW_ID) {
            json.writeNumber(line.rowID());
        } else if (column == Column.INDEX) {
            json.writeNumber(line.index());
        } else {
            json.writeString(value);
        }
    }
}
