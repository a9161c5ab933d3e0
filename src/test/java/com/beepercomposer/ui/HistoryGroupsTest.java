package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group's rows fold under its newest one, say how they stand, and unfold; filters see every row. */
class HistoryGroupsTest {
    private static final ConnectionRef HERE = ConnectionRef.desktop(URI.create("http://127.0.0.1:9"));
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemorySendLog log = new InMemorySendLog();

    private HistoryViewModel model() {
        return HistoryModels.offline(log, HERE, new AnsweringDialogs(true));
    }

    private SendRecord add(String text, SendGroup group) {
        return log.add(SendRecord.sending(T0, "!c:x", "Chat", text, null, group == null ? null : text, null, "{}")
                .withConnection(HERE).withGroup(group));
    }

    private static List<SendGroup> files(String id, int size) {
        List<SendGroup> groups = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            groups.add(new SendGroup(id, SendGroup.Kind.FILES, i, size, "f" + i));
        }
        return groups;
    }

    private static List<String> texts(HistoryViewModel model) {
        return model.visibleRows().stream().map(r -> r.record().text()).toList();
    }

    @Test
    void saysWhetherAnyRowIsGroupedSoTheColumnShowsOnlyThen() {
        add("alone", null);
        HistoryViewModel model = model();
        assertThat(model.groups().anyProperty().get()).isFalse();
        SendRecord grouped = add("a", files("g1", 1).get(0));
        assertThat(model.groups().anyProperty().get()).isTrue();
        model.forget(List.of(grouped.id()));
        assertThat(model.groups().anyProperty().get()).isFalse();
    }

    @Test
    void aGroupFoldsUnderItsNewestRowAndUnfolds() {
        add("alone", null);
        List<SendGroup> g = files("g1", 3);
        add("a", g.get(0));
        add("b", g.get(1));
        SendRecord c = add("c", g.get(2));
        HistoryViewModel model = model();

        assertThat(texts(model)).containsExactly("c", "alone");
        HistoryRow head = model.visibleRows().get(0);
        assertThat(model.groups().of(head).labelProperty().get()).isEqualTo("\u25b8 3 files \u00b7 3 sending");

        model.toggleGroup(head);
        assertThat(texts(model)).containsExactly("c", "b", "a", "alone");
        assertThat(model.groups().of(head).labelProperty().get()).startsWith("\u25be 3 files");
        model.expandGroup(model.visibleRows().get(2), false);
        assertThat(texts(model)).containsExactly("c", "alone");

        // A row's state change shows in the group's line.
        log.update(c.settled(SendState.REJECTED, null, "no", T0));
        assertThat(model.groups().of(head).labelProperty().get()).isEqualTo("\u25b8 3 files \u00b7 2 sending, 1 rejected");
        model.close();
    }

    @Test
    void rowsArrivingLaterJoinTheirGroupAndTheNewestHeadsIt() {
        HistoryViewModel model = model();
        List<SendGroup> g = files("g2", 2);
        add("first", g.get(0));
        assertThat(texts(model)).containsExactly("first");
        add("second", g.get(1));
        assertThat(texts(model)).containsExactly("second");
        assertThat(model.groups().of(model.visibleRows().get(0)).labelProperty().get())
                .isEqualTo("\u25b8 2 files \u00b7 2 sending");
        model.close();
    }

    @Test
    void filtersLookAtEveryRowOfAGroup() {
        List<SendGroup> g = files("g3", 3);
        SendRecord a = add("a", g.get(0));
        add("b", g.get(1));
        add("c", g.get(2));
        log.update(a.settled(SendState.FAILED_PERMANENT, null, "broken", T0));
        HistoryViewModel model = model();
        assertThat(texts(model)).containsExactly("c");

        model.stateFilterProperty().set(SendState.FAILED_PERMANENT);
        assertThat(texts(model)).containsExactly("a");
        model.stateFilterProperty().set(null);
        assertThat(texts(model)).containsExactly("c");
        model.close();
    }

    @Test
    void deletingTheHeadLetsTheNextRowHeadTheGroup() {
        List<SendGroup> g = files("g4", 3);
        add("a", g.get(0));
        add("b", g.get(1));
        SendRecord c = add("c", g.get(2));
        HistoryViewModel model = model();

        model.forget(List.of(c.id()));

        assertThat(texts(model)).containsExactly("b");
        assertThat(model.groups().of(model.visibleRows().get(0)).labelProperty().get())
                .isEqualTo("\u25b8 2 files \u00b7 2 sending");
        model.close();
    }

    @Test
    void aHundredThousandRowsWithGroupsFoldWhenLoaded() {
        for (int i = 0; i < 100_000; i++) {
            // Every tenth row starts a group of three.
            int inGroup = i % 10;
            add("m" + i, inGroup < 3 ? new SendGroup("g" + (i / 10), SendGroup.Kind.FILES, inGroup, 3, "f") : null);
        }
        HistoryViewModel model = model();
        assertThat(model.rows()).hasSize(100_000);
        // Each group of three shows as one line.
        assertThat(model.visibleRows()).hasSize(100_000 - 10_000 * 2);
        model.close();
    }
}
