package com.beepercomposer.ui;

import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "Send as…" matrix: one row per variant, side by side what was sent, what the server
 * answered and the final message as the server reports it, with a thumbnail where there is one.
 * Closing the window stops its view model following the history.
 */
final class MatrixView {
    static final String ID = "matrixView";
    /** A thumbnail's width and height on screen. */
    static final double THUMB = 40;

    private final MatrixViewModel model;
    private final TableView<MatrixLine> table = new TableView<>();

    private MatrixView(MatrixViewModel model) {
        this.model = model;
    }

    /** Opens the matrix beside {@code owner}; the view is kept in the root's properties for tests. */
    static Stage show(Window owner, MatrixViewModel model) {
        MatrixView view = new MatrixView(model);
        Stage stage = new Stage();
        stage.titleProperty().bind(model.titleProperty());
        if (owner != null) {
            stage.initOwner(owner);
        }
        BorderPane root = view.build(stage);
        root.getProperties().put(MatrixView.class, view);
        // Every column in view where the screen allows; a narrower screen scrolls the table.
        double width = Math.min(1470, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        Scene scene = new Scene(root, width, 400);
        scene.getStylesheets().add(MatrixView.class.getResource("app.css").toExternalForm());
        scene.getStylesheets().add(MatrixView.class.getResource("matrix.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
        model.closedProperty().addListener((obs, was, closed) -> stage.close());
        stage.show();
        stage.requestFocus();
        return stage;
    }

    private BorderPane build(Stage stage) {
        Label heading = new Label();
        heading.textProperty().bind(model.titleProperty());
        heading.getStyleClass().add("matrix-title");
        Label summary = new Label();
        summary.setId("matrixSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("hint");
        VBox top = new VBox(2, heading, summary);
        top.setPadding(new Insets(10, 12, 8, 12));

        table.setId("matrixTable");
        table.setAccessibleText(Texts.get("matrix.table.accessibleText"));
        table.setItems(model.lines());
        table.setPlaceholder(new Label(Texts.get("matrix.waiting")));
        // Columns keep their widths (a cut value shows whole in its tooltip); a narrow window scrolls.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(THUMB + 8);
        String auto = Texts.get("matrix.auto");
        String asUploaded = Texts.get("sendAs.asUploaded");
        table.getColumns().add(column(Texts.get("matrix.variant"), MatrixLine::variant, 170));
        table.getColumns().add(group(Texts.get("matrix.sent"),
                column(Texts.get("matrix.type"), l -> orDash(l.sentType(), auto), 58),
                column(Texts.get("matrix.mime"), l -> orDash(l.sentMimeType(), asUploaded), 100),
                column(Texts.get("matrix.name"), l -> orDash(l.sentFileName(), asUploaded), 104),
                column(Texts.get("matrix.size"), l -> orDash(l.sentSize(), ""), 56),
                column(Texts.get("matrix.duration"), l -> seconds(l.sentDuration()), 70)));
        table.getColumns().add(group(Texts.get("matrix.answer"), stateColumn(),
                column(Texts.get("history.pendingColumn"), MatrixLine::pendingMessageID, 96),
                column(Texts.get("matrix.reason"), MatrixLine::reason, 100)));
        table.getColumns().add(group(Texts.get("matrix.final"),
                column(Texts.get("matrix.type"), MatrixLine::finalType, 72),
                column(Texts.get("matrix.attachment"), MatrixLine::finalAttachment, 96),
                column(Texts.get("matrix.mime"), MatrixLine::finalMimeType, 92),
                column(Texts.get("matrix.name"), MatrixLine::finalFileName, 104),
                column(Texts.get("matrix.size"), MatrixLine::finalSize, 56),
                column(Texts.get("matrix.duration"), l -> seconds(l.finalDuration()), 70)));
        table.getColumns().add(thumbnailColumn());
        table.getColumns().forEach(c -> c.setSortable(false));

        Label notice = new Label();
        notice.setId("matrixNotice");
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add("hint");
        Button csv = new Button(Texts.get("matrix.exportCsv"), new FontIcon(Feather.DOWNLOAD));
        csv.setId("matrixExportCsv");
        csv.setOnAction(e -> chooseExportFile(stage, "csv"));
        Button json = new Button(Texts.get("matrix.exportJson"), new FontIcon(Feather.DOWNLOAD));
        json.setId("matrixExportJson");
        json.setOnAction(e -> chooseExportFile(stage, "json"));
        Button close = new Button(Texts.get("matrix.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, notice, gap, csv, json, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 12, 10, 12));

        BorderPane root = new BorderPane(table, top, null, bottom, null);
        root.setId(ID);
        root.getStyleClass().add("matrix-view");
        return root;
    }

    private void chooseExportFile(Stage stage, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("matrix.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", "*." + extension));
        chooser.setInitialFileName("send-as-matrix." + extension);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path path = file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension) ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + "." + extension);
            exportTo(path);
        }
    }

    /** The export without the file chooser; the format follows the file's extension. */
    CompletableFuture<Path> exportTo(Path file) {
        return model.export(file);
    }

    MatrixViewModel model() {
        return model;
    }

    private static String orDash(String value, String missing) {
        return value == null ? missing : value;
    }

    private static String seconds(String value) {
        return value == null ? "" : Texts.get("matrix.seconds", value);
    }

    @SafeVarargs
    private static TableColumn<MatrixLine, ?> group(String title, TableColumn<MatrixLine, ?>... columns) {
        TableColumn<MatrixLine, Object> group = new TableColumn<>(title);
        group.getColumns().addAll(List.of(columns));
        return group;
    }

    private static TableColumn<MatrixLine, String> column(String title, Function<MatrixLine, String> value,
                                                          double width) {
        TableColumn<MatrixLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellFactory(c -> new TextCell());
        return column;
    }

    /** A value that may be cut: the whole of it shows in the tooltip. */
    static final class TextCell extends TableCell<MatrixLine, String> {
        private final CellTooltip tooltip = new CellTooltip(this);

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tooltip.setText(empty ? null : item);
        }
    }

    private static TableColumn<MatrixLine, String> stateColumn() {
        TableColumn<MatrixLine, String> column = new TableColumn<>(Texts.get("matrix.state"));
        column.setId("matrixState");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        // Wide enough for the longest state in German too ("Fehlgeschlagen").
        column.setPrefWidth(100);
        column.setMinWidth(100);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("state-"));
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                SendState state = SendState.valueOf(item);
                setText(state.text());
                getStyleClass().add(HistoryColumns.stateClass(state));
            }
        });
        return column;
    }

    private TableColumn<MatrixLine, MatrixLine> thumbnailColumn() {
        TableColumn<MatrixLine, MatrixLine> column = new TableColumn<>(Texts.get("matrix.thumbnail"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(THUMB + 44);
        column.setMinWidth(THUMB + 44);
        column.setCellFactory(c -> new ThumbnailCell());
        return column;
    }

    /** The first picture of {@link MatrixViewModel#thumbnails} that decodes; the tooltip says which. */
    private final class ThumbnailCell extends TableCell<MatrixLine, MatrixLine> {
        private final ImageView view = new ImageView();
        private final CellTooltip tooltip = new CellTooltip(this);
        // The one picture this cell waits for: the pictures are shared by every cell, so a cell
        // reused for another row must take its listener off the picture it no longer shows.
        private ThumbnailPictures.Picture waitingOn;
        private final InvalidationListener waiting = obs -> showItem();

        ThumbnailCell() {
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setPreserveRatio(true);
            setAlignment(Pos.CENTER);
            getStyleClass().add("matrix-thumbnail");
        }

        @Override
        protected void updateItem(MatrixLine line, boolean empty) {
            super.updateItem(line, empty);
            showItem();
        }

        private void showItem() {
            stopWaiting();
            setText(null);
            MatrixLine line = getItem();
            if (isEmpty() || line == null) {
                setGraphic(null);
                tooltip.setText(null);
                return;
            }
            show(model.thumbnails(line), 0);
        }

        private void show(List<MatrixViewModel.Thumbnail> candidates, int at) {
            if (at >= candidates.size()) {
                setGraphic(null);
                setText(Texts.get("matrix.none"));
                tooltip.setText(Texts.get("matrix.noPicture"));
                return;
            }
            MatrixViewModel.Thumbnail thumb = candidates.get(at);
            ThumbnailPictures.Picture picture = model.picture(thumb.url());
            tooltip.setText(Texts.get("matrix.from", thumb.source(), thumb.url()));
            switch (picture.status()) {
                // A picture that cannot be had (a WebP, a video, a refused fetch) gives way to the next source.
                case FAILED -> show(candidates, at + 1);
                case LOADING -> {
                    setGraphic(null);
                    waitingOn = picture;
                    picture.statusProperty().addListener(waiting);
                }
                case READY -> {
                    view.setImage(picture.image());
                    setGraphic(view);
                }
            }
        }

        private void stopWaiting() {
            if (waitingOn != null) {
                waitingOn.statusProperty().removeListener(waiting);
                waitingOn = null;
            }
        }
    }
}
