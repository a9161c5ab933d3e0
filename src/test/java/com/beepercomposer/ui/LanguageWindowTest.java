package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.i18n.Language;
import com.beepercomposer.sandbox.SandboxServer;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View > Language rebuilds the window in German at once, keeping the draft, and back again. */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        Languages.allowChoice();
        startWindow(stage);
    }

    @AfterEach
    void english() {
        Languages.reset();
    }

    @Test
    void germanFromTheMenuShowsGermanControlsAndKeepsTheDraft(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("Hallo Welt");
        assertThat(robot.lookup("#sendButton").queryAs(Button.class).getText()).isEqualTo("Send");

        Languages.choose(robot, Language.GERMAN);
        await(() -> "Senden".equals(robot.lookup("#sendButton").queryAs(Button.class).getText()));

        assertThat(robot.lookup("#pickButton").queryAs(Button.class).getText()).isEqualTo("Datei anhängen…");
        assertThat(robot.lookup("#connectionButton").queryAs(Button.class).getText()).isEqualTo("Verbindung…");
        assertThat(robot.lookup(".section-title").queryLabeled().getText()).isEqualTo("Verlauf");
        assertThat(robot.lookup("#chatField").queryAs(TextInputControl.class).getPromptText())
                .startsWith("Chats suchen");
        assertThat(robot.lookup(".status-label").queryLabeled().getText()).isEqualTo("Sandbox: nichts wird zugestellt");
        TableView<HistoryRow> table = history(robot);
        // The group column leads the table, then the time.
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Gruppe");
        assertThat(table.getColumns().get(1).getText()).isEqualTo("Zeit");
        assertThat(robot.lookup(".main-menu").queryAs(MenuBar.class).getMenus().get(0).getText())
                .isEqualTo("_Ansicht");
        // Counts as German writes numbers: the chat allows 65536 characters.
        assertThat(robot.lookup(".counter").queryLabeled().getText()).isEqualTo("10 / 65.536");
        // No text of the window names a key the bundle lacks.
        assertThat(robot.lookup(node -> node instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("!")).queryAll()).isEmpty();

        assertThat(robot.lookup("#editor").queryAs(Node.class)).isNotNull();
        assertThat(robot.lookup("#editor").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText())
                .isEqualTo("Hallo Welt");
        assertThat(robot.lookup(".chat-info").queryLabeled().getText()).isNotEmpty();
        assertThat(languageItem(robot, Language.GERMAN).isSelected()).isTrue();

        Languages.choose(robot, Language.ENGLISH);
        await(() -> "Send".equals(robot.lookup("#sendButton").queryAs(Button.class).getText()));
        assertThat(robot.lookup(".section-title").queryLabeled().getText()).isEqualTo("History");
        assertThat(robot.lookup("#editor").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText())
                .isEqualTo("Hallo Welt");
    }

    @Test
    void theRebuiltWindowShowsTheDraftAtOnceWhileItsChatIsStillBeingLookedUp(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("Hallo Welt");
        // The chat's lookup answers late, as on a loaded machine: the new window is built and shown
        // long before its chat comes back.
        sandbox.faults().latency(Duration.ofMillis(1500));
        Languages.choose(robot, Language.GERMAN);

        assertThat(editorText(robot)).as("the draft before its chat is back").isEqualTo("Hallo Welt");
        // What is typed meanwhile is added to the draft, never put in its place.
        typeAtTheEnd(robot, " und mehr");
        await(() -> !robot.lookup(".chat-info").queryLabeled().getText().isEmpty());
        sandbox.faults().latency(Duration.ZERO);
        assertThat(editorText(robot)).isEqualTo("Hallo Welt und mehr");
    }

    @Test
    void focusingTheChatFieldWhileTheChatIsLookedUpAgainDoesNotLoseIt(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("Hallo Welt");
        sandbox.faults().latency(Duration.ofMillis(1500));
        Languages.choose(robot, Language.GERMAN);

        // The person goes to the chat field (or presses Ctrl+K) before the chat is back.
        robot.clickOn("#chatField");
        sandbox.faults().latency(Duration.ZERO);
        await(() -> !robot.lookup(".chat-info").queryLabeled().getText().isEmpty(),
                () -> "no chat; chat field '" + robot.lookup("#chatField").queryTextInputControl().getText() + "'");
        assertThat(robot.lookup("#chatField").queryTextInputControl().getText()).isEqualTo("Alice Martin");
        assertThat(editorText(robot)).isEqualTo("Hallo Welt");
    }

    @Test
    void aDraftWrittenBeforeAnyChatIsChosenSurvivesTheRebuild(FxRobot robot) throws Exception {
        robot.clickOn("#editor").write("noch ohne Chat");

        Languages.choose(robot, Language.GERMAN);
        await(() -> "Senden".equals(robot.lookup("#sendButton").queryAs(Button.class).getText()));

        // No chat is looked up again, so nothing changes the draft after the window is built.
        assertThat(editorText(robot)).isEqualTo("noch ohne Chat");
        typeAtTheEnd(robot, "!");
        assertThat(editorText(robot)).isEqualTo("noch ohne Chat!");
    }

    private static void typeAtTheEnd(FxRobot robot, String text) {
        StyleClassedTextArea editor = robot.lookup("#editor").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(editor.getLength());
        });
        robot.write(text);
    }

    private static String editorText(FxRobot robot) {
        return robot.lookup("#editor").queryAs(StyleClassedTextArea.class).getText();
    }

    private static RadioMenuItem languageItem(FxRobot robot, Language language) {
        MenuBar bar = robot.lookup(".main-menu").queryAs(MenuBar.class);
        return (RadioMenuItem) bar.getMenus().get(0).getItems().stream()
                .flatMap(menu -> ((javafx.scene.control.Menu) menu).getItems().stream())
                .filter(item -> ("language-" + language.name()).equals(item.getId())).findFirst().orElseThrow();
    }
}
