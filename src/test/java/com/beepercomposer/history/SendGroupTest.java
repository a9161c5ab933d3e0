package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendGroupTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private static SendRecord row(String text) {
        return SendRecord.sending(T0, "!c:x", "Team", text, null, "a.png", "up1", "{\"text\":\"" + text + "\"}");
    }

    @Test
    void keepsEachRowsGroupAcrossUpdatesAndReopening() throws Exception {
        Path file = dir.resolve("h.sqlite");
        SendGroup asSticker = new SendGroup("g1", SendGroup.Kind.MATRIX, 1, 2, "as sticker");
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.add(row("plain"));
            SendRecord grouped = log.add(row("grouped").withGroup(asSticker));
            log.update(grouped.pending("p1", "!c:x", T0.plusSeconds(1)));
        }
        try (SqliteSendLog again = SqliteSendLog.open(file)) {
            assertThat(again.all()).extracting(SendRecord::group).containsExactlyInAnyOrder(null, asSticker);
            assertThat(again.pending()).singleElement().extracting(SendRecord::group).isEqualTo(asSticker);
        }
    }

    @Test
    void readsOneGroupsRowsInTheirPlaceFromTheIndexAsTheDefaultDoes() throws Exception {
        InMemorySendLog memory = new InMemorySendLog();
        try (SqliteSendLog log = SqliteSendLog.open(dir.resolve("h.sqlite"))) {
            for (SendLog each : List.of(log, memory)) {
                each.add(row("second").withGroup(new SendGroup("g", SendGroup.Kind.FILES, 1, 2, "b")));
                each.add(row("other").withGroup(new SendGroup("h", SendGroup.Kind.FILES, 0, 1, "c")));
                each.add(row("first").withGroup(new SendGroup("g", SendGroup.Kind.FILES, 0, 2, "a")));
                each.add(row("alone"));
                each.add(row("retry of second").withGroup(new SendGroup("g", SendGroup.Kind.FILES, 1, 2, "b")));
                assertThat(each.group("g")).extracting(SendRecord::text)
                        .containsExactly("first", "second", "retry of second");
                assertThat(each.group("none")).isEmpty();
            }
        }
    }

    @Test
    void aVersionFiveFileMovesUpWithItsRowsUngrouped() throws Exception {
        Path file = dir.resolve("h.sqlite");
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.add(row("old"));
        }
        OlderSchema.downgrade(file, 5);
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
            assertThat(log.all()).singleElement().extracting(SendRecord::group).isNull();
        }
    }

    @Test
    void exportsTheGroupWithEachRow() throws Exception {
        SendRecord row = row("x").withId(3).withGroup(new SendGroup("g2", SendGroup.Kind.FILES, 0, 3, "a.png"));
        StringWriter json = new StringWriter();
        JsonExport.write(List.of(row), json);
        assertThat(json.toString()).contains("\"groupID\" : \"g2\"", "\"groupKind\" : \"FILES\"",
                "\"groupIndex\" : 0", "\"groupVariant\" : \"a.png\"");
        StringWriter csv = new StringWriter();
        CsvExport.write(List.of(row), csv);
        assertThat(csv.toString().lines().findFirst().orElseThrow()).endsWith("groupID,groupKind,groupIndex,groupVariant");
    }

    @Test
    void refusesAPlaceOutsideTheGroup() {
        assertThatThrownBy(() -> new SendGroup("g", SendGroup.Kind.FILES, 2, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SendGroup.newId(T0)).isNotEqualTo(SendGroup.newId(T0));
    }
}
