package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.described;
import static com.beepercomposer.ui.ViewParts.growing;
import static com.beepercomposer.ui.ViewParts.named;
import static com.beepercomposer.ui.ViewParts.row;
import static com.beepercomposer.ui.ViewParts.stretching;
import static com.beepercomposer.ui.ViewParts.styled;

import com.beepercomposer.i18n.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The composer's bottom: counter, preview and Send; the send's status; the Beeper draft buttons. */
final class ComposerFooter {
    final Label counterLabel = described(named(new Label(), "counterLabel", "counter"),
            Texts.get("composer.counterLabel.accessibleText"));
    final Label textError = named(new Label(), "textError", "field-error");
    final Button requestPreviewButton = described(named(new Button(Texts.get("composer.requestPreviewButton")),
            "requestPreviewButton"), Texts.get("composer.requestPreviewButton.accessibleText"),
            Texts.get("composer.requestPreviewButton.tooltip"));
    final ToggleButton previewToggle = described(named(new ToggleButton(Texts.get("composer.previewToggle")),
            "previewToggle"), Texts.get("composer.previewToggle.accessibleText"),
            Texts.get("composer.previewToggle.tooltip"));
    final Label sendReason = named(new Label(), "sendReason", "hint");
    final Button sendButton = described(named(new Button(Texts.get("composer.sendButton")), "sendButton", "accent"),
            Texts.get("composer.sendButton.accessibleText"), Texts.get("composer.sendButton.tooltip"));
    final HBox sendRow = styled(row(10, counterLabel, textError, growing(new Region()), requestPreviewButton,
            previewToggle, sendReason, sendButton), "composer-footer");

    final Label sendStatus = named(new Label(), "sendStatus", "status-line");

    final Button saveToBeeperButton = described(named(new Button(Texts.get("composer.saveToBeeperButton")),
            "saveToBeeperButton"), Texts.get("composer.saveToBeeperButton.accessibleText"),
            Texts.get("composer.saveToBeeperButton.tooltip"));
    final Button loadFromBeeperButton = described(named(new Button(Texts.get("composer.loadFromBeeperButton")),
            "loadFromBeeperButton"), Texts.get("composer.loadFromBeeperButton.accessibleText"),
            Texts.get("composer.loadFromBeeperButton.tooltip"));
    final Button openInBeeperButton = described(named(new Button(Texts.get("composer.openInBeeperButton")),
            "openInBeeperButton"), Texts.get("composer.openInBeeperButton.accessibleText"),
            Texts.get("composer.openInBeeperButton.tooltip"));
    final Label beeperStatus = stretching(named(new Label(), "beeperStatus", "status-line"));
    final HBox beeperBar = styled(row(8, saveToBeeperButton, loadFromBeeperButton, openInBeeperButton, beeperStatus),
            "beeper-draft-bar");

    ComposerFooter() {
        previewToggle.setSelected(true);
        sendButton.setDefaultButton(false);
        sendStatus.setWrapText(true);
        beeperStatus.setWrapText(true);
    }
}
