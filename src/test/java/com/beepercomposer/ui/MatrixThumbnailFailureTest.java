package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.LocalFile;
import com.beepercomposer.compose.PngEncoder;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The matrix's thumbnails when the server's picture cannot be had: one address answers 404, the
 * other answers bytes that are no image. Each address is asked for once, however many rows show it.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixThumbnailFailureTest {
    private static final String MISSING = "/v1/assets/serve?url=file%3A%2F%2F%2Fmedia%2Fgone.png";
    private static final String GARBLED = "/v1/assets/serve?url=file%3A%2F%2F%2Fmedia%2Fgarbled.png";

    private MockWebServer desktop;
    private ExecutorService io;
    private InMemorySendLog log;
    private HistoryViewModel history;
    private Stage matrix;
    private Path picked;
    /** How often each path was asked for. */
    private final Map<String, Integer> asked = java.util.Collections.synchronizedMap(new TreeMap<>());

    @Start
    void start(Stage stage) throws IOException {
        desktop = new MockWebServer();
        desktop.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                asked.merge(request.getTarget(), 1, Integer::sum);
                if (GARBLED.equals(request.getTarget())) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                            .body("these bytes are no picture").build();
                }
                return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                        .body("{\"code\":\"NOT_FOUND\",\"message\":\"no such asset\"}").build();
            }
        });
        desktop.start();
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + desktop.getPort(), AccessToken.of("t"));
        ConnectionRef here = ConnectionRef.desktop(config.baseUri());
        BeeperClient client = new BeeperClient(config);
        log = new InMemorySendLog();
        String base = config.baseUri().toString();
        for (int index = 0; index < 4; index++) {
            MatrixRows.picture(log, here, index, 4, base + (index < 2 ? MISSING : GARBLED), SendState.SENT, null);
        }
        history = HistoryModels.onFxWithThumbnails(log, client, here, io);
        UiSettings.inMemory().applyTheme();
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
        if (matrix != null) {
            robot.interact(() -> matrix.close());
        }
        desktop.close();
        io.shutdownNow();
        if (picked != null) {
            Files.deleteIfExists(picked);
        }
    }

    @Test
    void aRefusedFetchOrBytesThatAreNoPictureShowNone(FxRobot robot) throws Exception {
        List<TableCell<?, ?>> cells = open(robot, null);
        waitFor(10, TimeUnit.SECONDS, () -> cells.stream()
                .allMatch(c -> Texts.get("matrix.none").equals(c.getText())));

        assertThat(cells).allSatisfy(c -> assertThat(c.getGraphic()).isNull());
        assertThat(tooltipOf(robot, cells.get(0))).isEqualTo(Texts.get("matrix.noPicture"));
        assertThat(asked).containsExactly(Map.entry(GARBLED, 1), Map.entry(MISSING, 1));
    }

    @Test
    void thePickedFileShowsWhenTheServersPictureCannotBeHad(FxRobot robot) throws Exception {
        picked = Files.createTempFile("matrix-picked", ".png");
        Files.write(picked, PngEncoder.encode(4, 3, filled(4 * 3)));
        List<TableCell<?, ?>> cells = open(robot,
                new LocalFile(picked, "picked.png", Files.size(picked), "image/png"));
        waitFor(10, TimeUnit.SECONDS, () -> cells.stream()
                .allMatch(c -> c.getGraphic() instanceof ImageView v && v.getImage() != null));

        assertThat(cells).allSatisfy(c -> {
            assertThat(c.getText()).isNull();
            assertThat(((ImageView) c.getGraphic()).getImage().isError()).isFalse();
        });
        assertThat(tooltipOf(robot, cells.get(0))).isEqualTo(Texts.get("matrix.from",
                Texts.get("matrix.source.local"), picked.toUri().toString()));
        assertThat(asked).containsExactly(Map.entry(GARBLED, 1), Map.entry(MISSING, 1));
    }

    /** Opens the group's matrix and gives its four thumbnail cells, in row order. */
    @SuppressWarnings("unchecked")
    private List<TableCell<?, ?>> open(FxRobot robot, LocalFile file) throws Exception {
        robot.interact(() -> matrix = MatrixView.show(null, history.matrix("g", file)));
        TableView<MatrixLine> table = (TableView<MatrixLine>) matrix.getScene().lookup("#matrixTable");
        waitFor(10, TimeUnit.SECONDS, () -> thumbnails(table).size() == 4);
        return thumbnails(table);
    }

    private static List<TableCell<?, ?>> thumbnails(TableView<MatrixLine> table) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".matrix-thumbnail").stream().<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty() && shown(c))
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex)).toList();
    }

    /** On screen: the table keeps a hidden cell of its own for measuring. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String tooltipOf(FxRobot robot, TableCell<?, ?> cell) {
        robot.interact(() -> Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        return cell.getTooltip() == null ? null : cell.getTooltip().getText();
    }

    private static int[] filled(int pixels) {
        int[] argb = new int[pixels];
        Arrays.fill(argb, 0xFF3366CC);
        return argb;
    }
}
