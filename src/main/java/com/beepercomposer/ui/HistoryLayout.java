package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.described;
import static com.beepercomposer.ui.ViewParts.growing;
import static com.beepercomposer.ui.ViewParts.named;
import static com.beepercomposer.ui.ViewParts.styled;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The history's nodes: header, filter bar, and the table beside the selected row's details. */
final class HistoryLayout {
    final Label countLabel = named(new Label(), "countLabel", "hint");
    final Label noticeLabel = named(new Label(), "noticeLabel", "history-notice");

    final ComboBox<String> chatFilter = described(named(new ComboBox<>(), "chatFilter"),
            Texts.get("history.chatFilter.accessibleText"), Texts.get("history.chatFilter.tooltip"));
    final ComboBox<HistoryView.StateChoice> stateFilter = described(named(new ComboBox<>(), "stateFilter"),
            Texts.get("history.stateFilter.accessibleText"));
    final TextField textFilter = described(named(new TextField(), "textFilter"),
            Texts.get("history.textFilter.accessibleText"));
    final CheckBox allConnections = described(named(new CheckBox(), "allConnections"),
            Texts.get("history.allConnections.accessibleText"));
    final Button exportButton = described(named(new Button(Texts.get("history.exportButton")), "exportButton"),
            Texts.get("history.exportButton.accessibleText"), Texts.get("history.exportButton.tooltip"));

    final TableColumn<HistoryRow, SendRecord> timeColumn = column("timeColumn", Texts.get("history.timeColumn"),
            80, 84, 150);
    final TableColumn<HistoryRow, SendRecord> viaColumn = column("viaColumn", Texts.get("history.viaColumn"),
            110, 120, 160);
    final TableColumn<HistoryRow, SendRecord> chatColumn = column("chatColumn", Texts.get("history.chatColumn"),
            90, 130, 260);
    final TableColumn<HistoryRow, SendRecord> textColumn = column("textColumn", Texts.get("history.textColumn"),
            100, 260, -1);
    final TableColumn<HistoryRow, SendRecord> attachmentColumn = column("attachmentColumn",
            Texts.get("history.attachmentColumn"), 112, 110, 220);
    final TableColumn<HistoryRow, SendRecord> replyColumn = column("replyColumn", Texts.get("history.replyColumn"),
            84, 90, 200);
    final TableColumn<HistoryRow, SendRecord> pendingColumn = column("pendingColumn",
            Texts.get("history.pendingColumn"), 110, 110, 240);
    final TableColumn<HistoryRow, SendRecord> statusColumn = column("statusColumn",
            Texts.get("history.statusColumn"), 90, 110, 260);
    final TableColumn<HistoryRow, SendRecord> finalColumn = column("finalColumn", Texts.get("history.finalColumn"),
            84, 110, 240);
    final TableView<HistoryRow> table = described(named(new TableView<>(), "table"),
            Texts.get("history.table.accessibleText"), Texts.get("history.table.accessibleHelp"));

    final Label detailsTitle = details("detailsTitle", "details-title");
    final Label connectionLabel = described(details("connectionLabel", "hint"),
            Texts.get("history.connectionLabel.accessibleText"));
    final Label timingsLabel = described(details("timingsLabel", "hint"),
            Texts.get("history.timingsLabel.accessibleText"));
    final Label reasonLabel = described(details("reasonLabel", "field-error"),
            Texts.get("history.reasonLabel.accessibleText"));
    final VBox detailsBox = named(new VBox(4, detailsTitle, connectionLabel, timingsLabel, reasonLabel), "detailsBox",
            "history-details");
    final SplitPane historySplit = named(new SplitPane(), "historySplit");
    final VBox root;

    HistoryLayout() {
        noticeLabel.setAccessibleRole(AccessibleRole.TEXT);
        HBox header = styled(new HBox(8, styled(new Label(Texts.get("history.history")), "section-title"),
                countLabel, growing(new Region()), noticeLabel), "history-header");

        chatFilter.setEditable(true);
        chatFilter.setPromptText(Texts.get("history.chatFilter.promptText"));
        chatFilter.setPrefWidth(180);
        stateFilter.setPrefWidth(170);
        textFilter.setPromptText(Texts.get("history.textFilter.promptText"));
        HBox filters = styled(new HBox(8, chatFilter, stateFilter, growing(textFilter), allConnections, exportButton),
                "history-filters");

        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(Texts.get("history.nothingSentYet")));
        table.getColumns().addAll(List.of(timeColumn, viaColumn, chatColumn, textColumn, attachmentColumn,
                replyColumn, pendingColumn, statusColumn, finalColumn));
        detailsBox.setPadding(new Insets(0, 0, 0, 8));
        historySplit.getItems().addAll(table, detailsBox);
        historySplit.setDividerPositions(0.7);
        VBox.setVgrow(historySplit, Priority.ALWAYS);
        historySplit.setMinHeight(80);

        root = named(new VBox(6, header, filters, historySplit), "history", "history");
        root.getStylesheets().add(HistoryLayout.class.getResource("history.css").toExternalForm());
    }

    /** A column sized as it starts; {@code max} -1 leaves its maximum as a column has it. */
    private static TableColumn<HistoryRow, SendRecord> column(String id, String text, double min, double pref,
            double max) {
        TableColumn<HistoryRow, SendRecord> column = new TableColumn<>(text);
        column.setId(id);
        column.setMinWidth(min);
        column.setPrefWidth(pref);
        if (max >= 0) {
            column.setMaxWidth(max);
        }
        return column;
    }

    /** A details line: wraps, and never shrinks below its text. */
    private static Label details(String id, String styleClass) {
        Label label = named(new Label(), id, styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
