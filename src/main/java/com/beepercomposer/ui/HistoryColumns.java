package com.beepercomposer.ui;

import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How the history table shows a row, column by column. Every column's value is the row's record
 * property itself: nothing is allocated per cell or per comparison, which keeps sorting 100,000
 * rows quick, and a record change repaints its row.
 */
final class HistoryColumns {
    private static final Comparator<String> TEXT_ORDER = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

    private HistoryColumns() {
    }

    static void time(TableColumn<HistoryRow, SendRecord> column) {
        HistoryTimes times = HistoryTimes.here();
        text(column, r -> times.brief(r.createdAt()), r -> times.full(r.createdAt()),
                Comparator.comparing(SendRecord::createdAt));
    }

    static void chat(TableColumn<HistoryRow, SendRecord> column) {
        text(column, HistoryViewModel::chatName, order(HistoryViewModel::chatName));
    }

    static void text(TableColumn<HistoryRow, SendRecord> column) {
        text(column, r -> r.text() == null ? "" : r.text().replace('\n', ' '), r -> orEmpty(r.text()),
                order(SendRecord::text));
    }

    static void attachment(TableColumn<HistoryRow, SendRecord> column) {
        text(column, HistoryColumns::attachmentOf, order(HistoryColumns::attachmentOf));
    }

    static void id(TableColumn<HistoryRow, SendRecord> column, Function<SendRecord, String> id) {
        text(column, r -> orEmpty(id.apply(r)), order(id));
    }

    static void status(TableColumn<HistoryRow, SendRecord> column) {
        column.setCellValueFactory(cell -> cell.getValue().recordProperty());
        // The words of the window's language, made once per table: scrolling then allocates nothing.
        String[] texts = java.util.Arrays.stream(SendState.values()).map(SendState::text)
                .toArray(String[]::new);
        String[] accessibleTexts = java.util.Arrays.stream(texts).map(label -> Texts.get("history.status", label))
                .toArray(String[]::new);
        column.setCellFactory(c -> new StatusCell(texts, accessibleTexts));
        column.setComparator(Comparator.comparing(SendRecord::state));
    }

    static void connection(TableColumn<HistoryRow, SendRecord> column) {
        column.setCellValueFactory(cell -> cell.getValue().recordProperty());
        column.setCellFactory(c -> new ConnectionCell());
        column.setComparator(order(r -> r.connection().label()));
    }

    private static void text(TableColumn<HistoryRow, SendRecord> column, Function<SendRecord, String> shown,
                             Comparator<SendRecord> order) {
        text(column, shown, shown, order);
    }

    /** A text cell whose tooltip tells in full what a narrow column cuts ({@code whole}: the full value). */
    private static void text(TableColumn<HistoryRow, SendRecord> column, Function<SendRecord, String> shown,
                             Function<SendRecord, String> whole, Comparator<SendRecord> order) {
        column.setCellValueFactory(cell -> cell.getValue().recordProperty());
        column.setCellFactory(c -> new TableCell<>() {
            private final CellTooltip tooltip = new CellTooltip(this, CellTooltip.WRAPPED);
            /** The record the texts below were made for: a cell emptied and refilled with it makes none anew. */
            private SendRecord madeFor;
            private String text;
            private String full;

            @Override
            protected void updateItem(SendRecord record, boolean empty) {
                super.updateItem(record, empty);
                if (empty || record == null) {
                    setText(null);
                    tooltip.setText(null);
                    return;
                }
                if (record != madeFor) {
                    madeFor = record;
                    text = shown.apply(record);
                    full = text == null ? "" : whole.apply(record);
                }
                setText(text);
                tooltip.setText(full);
            }
        });
        column.setComparator(order);
    }

    private static Comparator<SendRecord> order(Function<SendRecord, String> key) {
        return Comparator.comparing(key, TEXT_ORDER);
    }

    private static String attachmentOf(SendRecord r) {
        return r.attachmentName() != null ? r.attachmentName() : orEmpty(r.uploadID());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static Feather icon(SendState state) {
        return switch (state) {
            case SENDING -> Feather.LOADER;
            case PENDING -> Feather.CLOCK;
            case SENT -> Feather.CHECK_CIRCLE;
            case FAILED_RETRIABLE -> Feather.ALERT_TRIANGLE;
            case FAILED_PERMANENT -> Feather.X_CIRCLE;
            case REJECTED -> Feather.SLASH;
            case UNKNOWN -> Feather.HELP_CIRCLE;
            case UNSENT -> Feather.X_SQUARE;
        };
    }

    private static final String[] STATE_CLASSES = java.util.Arrays.stream(SendState.values())
            .map(state -> "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-')).toArray(String[]::new);

    /** The style class that colours a state: "state-failed-retriable". */
    static String stateClass(SendState state) {
        return STATE_CLASSES[state.ordinal()];
    }

    /**
     * The state in words and colour, with its icon, so colour is never the only cue. Scrolling
     * empties and refills cells: an emptied cell hides its icon and words and keeps its style class,
     * as taking the class away and back restyles the cell. The words live in a label of their own in
     * the cell's graphic: a cell's own text, changed at every scroll, makes its skin put the icon and
     * the text back into the cell, restyling the icon each time (most of what a jump cost here).
     */
    private static final class StatusCell extends TableCell<HistoryRow, SendRecord> {
        private final FontIcon icon = new FontIcon(Feather.CLOCK);
        private final Label words = new Label();
        private final HBox shown = new HBox(icon, words);
        private final CellTooltip tooltip = new CellTooltip(this, CellTooltip.WRAPPED);
        /** The cell's state style class; changed only when the state does, as each change restyles the cell. */
        private String stateClass;
        private SendState shownState;
        private final String[] texts;
        private final String[] accessibleTexts;

        StatusCell(String[] texts, String[] accessibleTexts) {
            this.texts = texts;
            this.accessibleTexts = accessibleTexts;
            // As the cell would show its own text: its colour (state, selection), its gap, its width.
            words.textFillProperty().bind(textFillProperty());
            words.setMinWidth(0);
            shown.spacingProperty().bind(graphicTextGapProperty());
            shown.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            shown.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - getPadding().getLeft() - getPadding().getRight()),
                    widthProperty(), paddingProperty()));
            shown.setVisible(false);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setGraphic(shown);
        }

        /** What its icon and words need, as a cell with its own text would say: fitting the column to them uses it. */
        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + icon.prefWidth(-1) + shown.getSpacing() + words.prefWidth(-1)
                    + snappedRightInset();
        }

        @Override
        protected void updateItem(SendRecord record, boolean empty) {
            super.updateItem(record, empty);
            if (empty || record == null) {
                shown.setVisible(false);
                words.setText(null);
                tooltip.setText(null);
                return;
            }
            SendState state = record.state();
            if (state != shownState) {
                icon.setIconCode(icon(state));
                shownState = state;
            }
            shown.setVisible(true);
            String reason = record.reason();
            if (reason == null) {
                words.setText(texts[state.ordinal()]);
                setAccessibleText(accessibleTexts[state.ordinal()]);
                tooltip.setText(null);
            } else {
                words.setText(texts[state.ordinal()] + ": " + reason);
                setAccessibleText(Texts.get("history.status", words.getText()));
                tooltip.setText(words.getText());
            }
            setStateClass(stateClass(state));
        }

        private void setStateClass(String wanted) {
            if (java.util.Objects.equals(stateClass, wanted)) {
                return;
            }
            if (stateClass != null) {
                getStyleClass().remove(stateClass);
            }
            if (wanted != null) {
                getStyleClass().add(wanted);
            }
            stateClass = wanted;
        }
    }

    /** Where the row went: a badge for the sandbox, the host for Beeper Desktop, the full story in a tooltip. */
    private static final class ConnectionCell extends TableCell<HistoryRow, SendRecord> {
        private final Label badge = new Label();
        private final CellTooltip tooltip = new CellTooltip(this);
        /** What the badge shows now: a row through the same connection changes nothing. */
        private ConnectionRef shown;
        private String shownStory;

        ConnectionCell() {
            badge.getStyleClass().add("connection-badge");
        }

        @Override
        protected void updateItem(SendRecord record, boolean empty) {
            super.updateItem(record, empty);
            if (empty || record == null) {
                // Hidden, not taken away: putting the badge back would restyle it on every scroll.
                badge.setVisible(false);
                tooltip.setText(null);
                return;
            }
            badge.setVisible(true);
            ConnectionRef via = record.connection();
            if (via.equals(shown)) {
                setGraphic(badge);
                tooltip.setText(shownStory);
                return;
            }
            shown = via;
            badge.setText(via.label());
            // Style classes change only with the kind: each change restyles the badge.
            String kindClass = "via-" + via.kind().name().toLowerCase(Locale.ROOT);
            if (!badge.getStyleClass().contains(kindClass)) {
                badge.getStyleClass().removeIf(style -> style.startsWith("via-"));
                badge.getStyleClass().add(kindClass);
            }
            shownStory = via.describe();
            tooltip.setText(shownStory);
            setGraphic(badge);
            setAccessibleText(Texts.get("history.sentThrough", shownStory));
        }
    }
}
