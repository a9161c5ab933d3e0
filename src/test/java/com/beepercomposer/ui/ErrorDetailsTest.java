package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ApiException;
import java.net.ConnectException;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The error label shows the short line; "Details" opens the request and status, and goes with the error. */
@ExtendWith(ApplicationExtension.class)
class ErrorDetailsTest {
    private Label label;
    private final SimpleStringProperty details = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        UiSettings.inMemory().applyTheme();
        label = new Label();
        ErrorDetails.attach(label, details);
        stage.setScene(new Scene(new VBox(label), 600, 100));
        stage.show();
    }

    @Test
    void detailsOpenBehindTheLinkAndTheLabelKeepsTheShortLine(FxRobot robot) throws Exception {
        ApiException refused = ApiException.transport(ApiException.Kind.CONNECTION_REFUSED,
                "GET /v1/chats/!whatsapp_123:ba_x.local-whatsapp.localhost", new ConnectException("Connection refused"));
        robot.interact(() -> {
            label.setText("Could not open the chat: " + Failures.summary(refused));
            details.set(Failures.details(refused));
        });
        assertThat(label.getText()).doesNotContain("GET /v1");
        assertThat(label.getGraphic()).isInstanceOf(Hyperlink.class);

        robot.clickOn((Node) label.getGraphic());

        SandboxWindowTestBase.await(() -> robot.lookup(".error-details-text").tryQuery().isPresent());
        assertThat(robot.lookup(".error-details-text").queryAs(TextArea.class).getText())
                .startsWith("Request: GET /v1/chats/!whatsapp_123:ba_x.local-whatsapp.localhost\nStatus: no answer");
        robot.interact(() -> robot.lookup(".error-details-text").query().getScene().getWindow().hide());

        robot.interact(() -> details.set(""));
        assertThat(label.getGraphic()).isNull();
    }

    @Test
    void theFullLineIsATooltipMadeOnFirstHover(FxRobot robot) throws Exception {
        robot.interact(() -> label.setText("Could not open the chat: the server did not answer"));
        assertThat(label.getTooltip()).isNull();

        robot.moveTo(label);

        SandboxWindowTestBase.await(() -> label.getTooltip() != null);
        assertThat(label.getTooltip().getText()).isEqualTo(label.getText());
        robot.interact(() -> label.setText("Could not send"));
        assertThat(label.getTooltip().getText()).isEqualTo("Could not send");
    }
}
