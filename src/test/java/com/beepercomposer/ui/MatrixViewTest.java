package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.PngEncoder;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Texts;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The matrix window on its own, against a Beeper Desktop that serves the final attachment at an
 * {@code http} address and answers only with the token: the thumbnail comes through the API client.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
    private static final String TOKEN = "matrix-secret-token-7";

    private MockWebServer desktop;
    private ExecutorService io;
    private InMemorySendLog log;
    private SendRecord first;
    private Stage matrix;
    private TableView<MatrixLine> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) throws IOException {
        byte[] png = PngEncoder.encode(4, 3, filled(4 * 3));
        desktop = new MockWebServer();
        desktop.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
                    return new MockResponse.Builder().code(401).body("{\"code\":\"UNAUTHORIZED\"}").build();
                }
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                        .body(new Buffer().write(png)).build();
            }
        });
        desktop.start();
        io = java.util.concurrent.Executors.newSingleThreadExecutor(com.beepercomposer.work.Workers.named("test-io"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + desktop.getPort(), AccessToken.of(TOKEN));
        ConnectionRef here = ConnectionRef.desktop(config.baseUri());
        BeeperClient client = new BeeperClient(config);
        log = new InMemorySendLog();
        String src = config.baseUri() + "/v1/assets/serve?url=file%3A%2F%2F%2Fmedia%2Fdot.png";
        first = MatrixRows.picture(log, here, 0, 2, src, SendState.FAILED_PERMANENT, "first reason");
        MatrixRows.picture(log, here, 1, 2, src, SendState.FAILED_PERMANENT, "second reason");
        HistoryViewModel history = HistoryModels.onFxWithThumbnails(log, client, here, io);
        UiSettings.inMemory().applyTheme();
        matrix = MatrixView.show(null, history.matrix("g", null));
        table = (TableView<MatrixLine>) matrix.getScene().lookup("#matrixTable");
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> matrix.close());
        desktop.close();
        io.shutdownNow();
    }

    @Test
    void anHttpThumbnailIsFetchedThroughTheClientWithTheTokenAndShows() throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> thumbnails().stream()
                .filter(c -> c.getGraphic() instanceof ImageView v && v.getImage() != null).count() == 2);

        RecordedRequest request = desktop.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getRequestLine())
                .isEqualTo("GET /v1/assets/serve?url=file%3A%2F%2F%2Fmedia%2Fdot.png HTTP/1.1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        // One fetch for the address both rows show.
        assertThat(desktop.getRequestCount()).isEqualTo(1);
        ImageView shown = (ImageView) thumbnails().get(0).getGraphic();
        assertThat(shown.getImage().getWidth()).isGreaterThan(0);
        assertThat(shown.getImage().isError()).isFalse();
    }

    @Test
    void aCellsTooltipIsMadeOnHoverAndFollowsTheItemTheCellIsGiven(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> reasonCell() != null && "first reason".equals(reasonCell().getText()));
        TableCell<?, ?> cell = reasonCell();
        assertThat(cell.getTooltip()).as("no tooltip before the pointer comes").isNull();

        robot.interact(() -> Event.fireEvent(cell, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        Tooltip made = cell.getTooltip();
        assertThat(made.getText()).isEqualTo("first reason");

        // Reused for another row, as the table does on a scroll: the one tooltip says that row's value.
        List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            cell.updateIndex(1);
            seen.add(cell.getText() + " | " + tip(cell, made));
            cell.updateIndex(7);
            seen.add(cell.getText() + " | " + tip(cell, made));
            cell.updateIndex(0);
            seen.add(cell.getText() + " | " + tip(cell, made));
        });
        assertThat(seen).containsExactly("second reason | second reason", "null | none", "first reason | first reason");
    }

    /** The cell's tooltip text; "none" without one; a tooltip other than {@code made} fails. */
    private static String tip(TableCell<?, ?> cell, Tooltip made) {
        if (cell.getTooltip() == null) {
            return "none";
        }
        assertThat(cell.getTooltip()).isSameAs(made);
        return made.getText();
    }

    private List<TableCell<?, ?>> thumbnails() {
        return table.lookupAll(".matrix-thumbnail").stream().<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty()).toList();
    }

    private TableCell<?, ?> reasonCell() {
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof MatrixView.TextCell c && c.getIndex() == 0 && shown(c)
                        && Texts.get("matrix.reason").equals(c.getTableColumn().getText()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElse(null);
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

    private static int[] filled(int pixels) {
        int[] argb = new int[pixels];
        Arrays.fill(argb, 0xFF3366CC);
        return argb;
    }
}
