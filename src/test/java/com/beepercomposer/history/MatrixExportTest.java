package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixExportTest {
    private static final String REQUEST = "{\"attachment\":{\"uploadID\":\"u1\",\"fileName\":\"=cmd.gif\","
            + "\"mimeType\":\"image/gif\",\"duration\":2.5,\"size\":{\"width\":64,\"height\":32},\"type\":\"sticker\"}}";
    private static final String FINAL = "{\"id\":\"m9\",\"type\":\"STICKER\",\"attachments\":[{\"type\":\"img\","
            + "\"fileName\":\"=cmd.gif\",\"fileSize\":1234,\"mimeType\":\"image/gif\",\"duration\":2.5,"
            + "\"size\":{\"width\":64,\"height\":32},\"isSticker\":true,\"srcURL\":\"file:///tmp/u1\"}]}";

    private static SendRecord settledRow() {
        SendGroup group = new SendGroup("g1", SendGroup.Kind.MATRIX, 2, 3, "sticker \u00b7 name==cmd.gif");
        return SendRecord.sending(Instant.parse("2026-11-25T10:00:00Z"), "!c", "Chat", null, null, "a.png", "u1",
                REQUEST).withId(7).withGroup(group).pending("p7", "!c", Instant.parse("2026-11-25T10:00:01Z"))
                .settled(SendState.SENT, "m9", null, Instant.parse("2026-11-25T10:00:02Z"))
                .withFinalMessageJson(FINAL);
    }

    @Test
    void aLineTakesWhatWasSentFromTheRequestAndWhatArrivedFromTheFinalMessage() {
        MatrixLine line = MatrixLine.of(settledRow());

        assertThat(line).isEqualTo(new MatrixLine(7, 2, "sticker \u00b7 name==cmd.gif", "sticker", "image/gif",
                "=cmd.gif", "64\u00d732", "2.5", "SENT", "p7", null, "m9", "STICKER", "img \u00b7 sticker",
                "image/gif", "=cmd.gif", "1234", "64\u00d732", "2.5", "file:///tmp/u1"));
        assertThat(line.settled()).isTrue();
    }

    @Test
    void aPendingRowHasNoFinalValuesYetAndAnAutoVariantNoSentType() {
        SendRecord pending = SendRecord.sending(Instant.EPOCH, "!c", "Chat", null, null, "a.png", "u1",
                "{\"attachment\":{\"uploadID\":\"u1\"}}").withId(3)
                .withGroup(new SendGroup("g1", SendGroup.Kind.MATRIX, 0, 1, "auto"))
                .pending("p3", "!c", Instant.EPOCH);

        MatrixLine line = MatrixLine.of(pending);

        assertThat(line.sentType()).isNull();
        assertThat(line.finalType()).isNull();
        assertThat(line.finalMimeType()).isNull();
        assertThat(line.state()).isEqualTo("PENDING");
        assertThat(line.settled()).isFalse();
    }

    @Test
    void csvHasTheMatrixColumnsAndNeutralisesFormulaCells() throws Exception {
        StringWriter out = new StringWriter();
        MatrixExport.write(List.of(MatrixLine.of(settledRow())), ExportFormat.CSV, out);

        assertThat(out.toString()).isEqualTo("rowID,index,variant,sentType,sentMimeType,sentFileName,sentSize,"
                + "sentDuration,status,pendingMessageID,reason,finalMessageID,finalType,finalAttachment,"
                + "finalMimeType,finalFileName,finalFileSize,finalSize,finalDuration,srcURL\r\n"
                + "7,2,sticker \u00b7 name==cmd.gif,sticker,image/gif,'=cmd.gif,64\u00d732,2.5,SENT,p7,,m9,STICKER,"
                + "img \u00b7 sticker,image/gif,'=cmd.gif,1234,64\u00d732,2.5,file:///tmp/u1\r\n");
    }

    @Test
    void jsonLeavesMissingValuesOutAndWritesNumbersForTheRowAndIndex() throws Exception {
        StringWriter out = new StringWriter();
        MatrixExport.write(List.of(MatrixLine.of(settledRow())), ExportFormat.JSON, out);

        JsonNode line = Json.mapper().readTree(out.toString()).get(0);
        assertThat(line.get("rowID").isNumber()).isTrue();
        assertThat(line.get("index").asInt()).isEqualTo(2);
        assertThat(line.get("finalType").asText()).isEqualTo("STICKER");
        assertThat(line.get("finalFileName").asText()).isEqualTo("=cmd.gif");
        assertThat(line.has("reason")).isFalse();
    }
}
