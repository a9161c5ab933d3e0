package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    private static final String HEADER = "id,time,chatID,chatTitle,text,replyToMessageID,attachmentName,uploadID,"
            + "status,reason,pendingMessageID,routedChatID,finalMessageID,pendingAt,finalAt,retryOf,request,response,"
            + "finalMessage,unsentAt,edits,groupID,groupKind,groupIndex,groupVariant\r\n";

    @TempDir
    Path dir;

    private static String write(ExportFormat format, List<SendRecord> rows) throws IOException {
        StringWriter out = new StringWriter();
        format.write(rows, out);
        return out.toString();
    }

    @Test
    void csvHasAHeaderAndQuotesOnlyWhatNeedsIt() throws IOException {
        String csv = write(ExportFormat.CSV, List.of(Rows.sentText("it's, \"fine\"\nreally"),
                Rows.rejectedAttachment()));
        assertThat(csv).isEqualTo(HEADER
                + "7,2026-11-25T10:00:00Z,!whatsapp_1:ba_x.local-whatsapp.localhost,Team,"
                + "\"it's, \"\"fine\"\"\nreally\",,,,SENT,,p7,!whatsapp_1:ba_x.local-whatsapp.localhost,f7,"
                + "2026-11-25T10:00:00.120Z,2026-11-25T10:00:01.400Z,,"
                + "\"{\"\"text\"\":\"\"it's, \\\"\"fine\\\"\"\\nreally\"\"}\","
                + "\"{\"\"chatID\"\":\"\"!whatsapp_1:ba_x.local-whatsapp.localhost\"\",\"\"pendingMessageID\"\":\"\"p7\"\"}\","
                + "\"{\"\"id\"\":\"\"f7\"\",\"\"chatID\"\":\"\"!whatsapp_1:ba_x.local-whatsapp.localhost\"\"}\",,,,,,\r\n"
                + "8,2026-11-25T10:00:00Z,chat/with space,,,m1,photo one.png,up-1,REJECTED,"
                + "\"HTTP 400: \"\"attachment\"\" is wrong, sorry\",,,,,2026-11-25T10:00:00.080Z,7,"
                + "\"{\"\"replyToMessageID\"\":\"\"m1\"\",\"\"attachment\"\":{\"\"uploadID\"\":\"\"up-1\"\",\"\"type\"\":"
                + "\"\"sticker\"\"}}\",,,,,,,,\r\n");
    }

    @Test
    void csvOfNoRowsIsTheHeader() throws IOException {
        assertThat(write(ExportFormat.CSV, List.of())).isEqualTo(HEADER);
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheWireJsonEmbedded() throws IOException {
        assertThat(write(ExportFormat.JSON, List.of(Rows.rejectedAttachment()))).isEqualToNormalizingNewlines("""
                [ {
                  "id" : 8,
                  "time" : "2026-11-25T10:00:00Z",
                  "chatID" : "chat/with space",
                  "replyToMessageID" : "m1",
                  "attachmentName" : "photo one.png",
                  "uploadID" : "up-1",
                  "status" : "REJECTED",
                  "reason" : "HTTP 400: \\"attachment\\" is wrong, sorry",
                  "finalAt" : "2026-11-25T10:00:00.080Z",
                  "retryOf" : 7,
                  "request" : {
                    "replyToMessageID" : "m1",
                    "attachment" : {
                      "uploadID" : "up-1",
                      "type" : "sticker"
                    }
                  }
                } ]
                """);
    }

    @Test
    void anEditedAndUnsentRowExportsItsEditsAsJsonAndWhenItWasUnsent() throws IOException {
        SendRecord row = Rows.sentText("x")
                .withEdit(new SendEdit(java.time.Instant.parse("2026-11-25T10:05:00Z"), "y", "{\"id\":\"f7\"}", null))
                .unsent(java.time.Instant.parse("2026-11-25T10:06:00Z"));

        String json = write(ExportFormat.JSON, List.of(row));
        assertThat(json).contains("\"status\" : \"UNSENT\"", "\"unsentAt\" : \"2026-11-25T10:06:00Z\"",
                "\"edits\" : [ {", "\"text\" : \"y\"", "\"answerJson\" : \"{\\\"id\\\":\\\"f7\\\"}\"");
        assertThat(write(ExportFormat.CSV, List.of(row))).contains(",2026-11-25T10:06:00Z,\"[{\"\"at\"\":");
    }

    @Test
    void jsonKeepsStoredTextThatIsNotJsonAsAString() throws IOException {
        SendRecord row = Rows.sentText("x").withFinalMessageJson("not json {");
        assertThat(write(ExportFormat.JSON, List.of(row))).contains("\"finalMessage\" : \"not json {\"");
    }

    @Test
    void writesTheFileWholeAndPicksTheFormatByExtension() throws IOException {
        Path file = dir.resolve("history.JSON");
        assertThat(ExportFormat.forFile(file)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.forFile(dir.resolve("h.csv"))).isEqualTo(ExportFormat.CSV);
        ExportFormat.JSON.writeFile(List.of(Rows.sentText("a"), Rows.sentText("b")), file);
        assertThat(Files.readString(file)).startsWith("[ {").contains("\"text\" : \"b\"").endsWith("} ]\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void csvNeutralisesCellsThatASpreadsheetWouldRun() throws IOException {
        for (String text : List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd")) {
            String csv = write(ExportFormat.CSV, List.of(Rows.sentText(text)));
            String line = csv.substring(HEADER.length());
            String prefixed = "'" + text.charAt(0);
            assertThat(line.contains(",Team," + prefixed) || line.contains(",Team,\"" + prefixed)).as(line).isTrue();
        }
    }

    @Test
    void neutralisingLeavesOrdinaryTextAlone() {
        assertThat(CsvExport.neutralise("hello = world")).isEqualTo("hello = world");
        assertThat(CsvExport.neutralise("=1")).isEqualTo("'=1");
        assertThat(CsvExport.neutralise("")).isEmpty();
        assertThat(CsvExport.neutralise(null)).isNull();
    }

    @Test
    void csvLeavesTheWriterOpen() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.write(List.of(), out);
        out.write("more");
        assertThat(out.toString()).isEqualTo(HEADER + "more");
    }
}
