package com.beepercomposer.ui;

import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * {@link Dialogs} as JavaFX alerts over the focused window. The alert is shown without a nested
 * event loop, so asking is safe from inside a drag-and-drop or an animation.
 */
public final class FxDialogs implements Dialogs {

    @Override
    public CompletableFuture<Boolean> confirm(Confirmation question) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        ButtonType ok = new ButtonType(question.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.text(), ok, ButtonType.CANCEL);
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        focusedWindow().ifPresent(alert::initOwner);
        alert.setOnHidden(event -> answer.complete(ok.equals(alert.getResult())));
        alert.show();
        return answer;
    }

    private static java.util.Optional<Window> focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst();
    }
}
