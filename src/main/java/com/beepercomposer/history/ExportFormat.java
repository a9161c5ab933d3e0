package com.beepercomposer.history;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/** The two ways rows leave the app, and the writing of an export file. */
public enum ExportFormat {
    CSV("CSV", "csv"),
    JSON("JSON", "json");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** By the file's extension; CSV unless it ends in {@code .json}. */
    public static ExportFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JSON : CSV;
    }

    public void write(List<SendRecord> rows, Writer out) throws IOException {
        switch (this) {
            case CSV -> CsvExport.write(rows, out);
            case JSON -> JsonExport.write(rows, out);
        }
    }

    /**
     * Writes the file whole or not at all: into a temporary file beside it, then moved over it,
     * so a failure never leaves half an export behind. Blocking: call off the FX thread.
     */
    public void writeFile(List<SendRecord> rows, Path file) throws IOException {
        writeWhole(file, out -> write(rows, out));
    }

    /** What goes into an export file. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** As {@link #writeFile}, for any content. */
    static void writeWhole(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
