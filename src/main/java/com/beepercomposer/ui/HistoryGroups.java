package com.beepercomposer.ui;

import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The history's groups (several files, or one file sent several ways): which rows belong together,
 * which one heads the group (its newest row, on top), whether it is folded, and what the group
 * line says ("▸ 3 files · 2 sent, 1 failed"). Membership is kept as rows come and go, one hash
 * look-up each: nothing scans the history. Used from the FX thread only.
 */
final class HistoryGroups {
    /** One group's rows and its fold. */
    static final class Group {
        private final SendGroup.Kind kind;
        private final List<HistoryRow> members = new ArrayList<>(4);
        private HistoryRow head;
        /** Moves when a newer row joins or the head is deleted: the cells showing the group follow it. */
        private final javafx.beans.property.ReadOnlyObjectWrapper<HistoryRow> headProperty =
                new javafx.beans.property.ReadOnlyObjectWrapper<>();
        private final ReadOnlyBooleanWrapper expanded = new ReadOnlyBooleanWrapper(false);
        private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");

        private Group(SendGroup.Kind kind) {
            this.kind = kind;
        }

        HistoryRow head() {
            return head;
        }

        List<HistoryRow> members() {
            return members;
        }

        javafx.beans.property.ReadOnlyObjectProperty<HistoryRow> headProperty() {
            return headProperty.getReadOnlyProperty();
        }

        private void head(HistoryRow row) {
            head = row;
            headProperty.set(row);
        }

        ReadOnlyBooleanProperty expandedProperty() {
            return expanded.getReadOnlyProperty();
        }

        /** The head's line: the fold, how many rows, and how they stand. */
        ReadOnlyStringProperty labelProperty() {
            return label.getReadOnlyProperty();
        }

        private void relabel() {
            String what = Texts.get(kind == SendGroup.Kind.FILES ? "group.files" : "group.ways", members.size());
            label.set((expanded.get() ? "\u25be " : "\u25b8 ") + what + " \u00b7 " + states(members));
        }
    }

    private final Map<String, Group> groups = new HashMap<>();
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper(false);

    /** Whether any row belongs to a group: the table shows its group column only then. */
    javafx.beans.property.ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }

    /**
     * Takes a row into its group, if it has one.
     *
     * @return the row that headed the group until now when {@code row} takes its place (it may
     *         have to be hidden), else null
     */
    HistoryRow add(HistoryRow row) {
        SendGroup sendGroup = row.record().group();
        if (sendGroup == null) {
            return null;
        }
        Group group = groups.computeIfAbsent(sendGroup.id(), id -> new Group(sendGroup.kind()));
        any.set(true);
        group.members.add(row);
        HistoryRow before = group.head;
        if (before == null || row.id() > before.id()) {
            group.head(row);
        }
        group.relabel();
        return before != null && group.head != before ? before : null;
    }

    /** A row of a group changed state: its group line says so. */
    void changed(HistoryRow row) {
        Group group = of(row);
        if (group != null) {
            group.relabel();
        }
    }

    /**
     * Lets a deleted row go.
     *
     * @return the group's new head when the deleted row headed it (it may have been hidden), else null
     */
    HistoryRow remove(HistoryRow row) {
        Group group = of(row);
        if (group == null || !group.members.remove(row)) {
            return null;
        }
        if (group.members.isEmpty()) {
            groups.remove(row.record().group().id());
            any.set(!groups.isEmpty());
            return null;
        }
        group.relabel();
        if (group.head != row) {
            return null;
        }
        group.head(group.members.stream().max(java.util.Comparator.comparingLong(HistoryRow::id)).orElseThrow());
        return group.head;
    }

    /** Folds or unfolds {@code row}'s group; returns the rows whose visibility changed. */
    List<HistoryRow> toggle(HistoryRow row) {
        Group group = of(row);
        return group == null ? List.of() : setExpanded(group, !group.expanded.get());
    }

    /** Unfolds ({@code true}) or folds {@code row}'s group; returns the rows whose visibility changed. */
    List<HistoryRow> expand(HistoryRow row, boolean open) {
        Group group = of(row);
        return group == null || group.expanded.get() == open ? List.of() : setExpanded(group, open);
    }

    private static List<HistoryRow> setExpanded(Group group, boolean open) {
        group.expanded.set(open);
        group.relabel();
        return group.members.stream().filter(m -> m != group.head).toList();
    }

    /** Whether the folded history shows {@code row}: a row of no group, a group's head, or a row of an open group. */
    boolean shows(HistoryRow row) {
        SendGroup sendGroup = row.record().group();
        if (sendGroup == null) {
            return true;
        }
        Group group = groups.get(sendGroup.id());
        return group == null || group.head == row || group.expanded.get();
    }

    /** The row's group, or null. */
    Group of(HistoryRow row) {
        SendGroup sendGroup = row == null ? null : row.record().group();
        return sendGroup == null ? null : groups.get(sendGroup.id());
    }

    /** "2 sent, 1 failed": how many rows stand in each state, in the order a send goes. */
    static String states(List<HistoryRow> rows) {
        Map<SendState, Integer> counts = new EnumMap<>(SendState.class);
        for (HistoryRow row : rows) {
            SendState state = row.record().state() == SendState.FAILED_RETRIABLE ? SendState.FAILED_PERMANENT
                    : row.record().state();
            counts.merge(state, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(counted(state, count)));
        return String.join(", ", parts);
    }

    private static String counted(SendState state, int count) {
        return switch (state) {
            case SENDING -> Texts.get("group.sending", count);
            case PENDING -> Texts.get("group.pending", count);
            case SENT -> Texts.get("group.sent", count);
            case FAILED_RETRIABLE, FAILED_PERMANENT -> Texts.get("group.failed", count);
            case REJECTED -> Texts.get("group.rejected", count);
            case UNKNOWN -> Texts.get("group.unknown", count);
            case UNSENT -> Texts.get("group.unsent", count);
        };
    }
}
