package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.described;
import static com.beepercomposer.ui.ViewParts.growing;
import static com.beepercomposer.ui.ViewParts.named;
import static com.beepercomposer.ui.ViewParts.styled;

import com.beepercomposer.i18n.Texts;
import com.beepercomposer.settings.SavedConnection;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar at the top: target, health, sandbox badge, version. */
public final class ConnectionBarView {
    private final ConnectionBarViewModel model;

    private Label targetLabel;
    private Label statusLabel;
    private Label sandboxBadge;
    private Label securityWarning;
    private Label versionLabel;
    private Button refreshButton;
    private ToggleButton themeToggle;
    private Button connectionButton;
    private Button signInAgainButton;

    private final UiSettings settings;
    private final ConnectionControl connection;
    private final UiExecutor ui;
    private final java.util.concurrent.Executor connections;

    /**
     * @param connection null where the connection cannot be changed (tests)
     * @param connections the lane the connection dialog asks the connection's store on
     */
    public ConnectionBarView(ConnectionBarViewModel model, UiSettings settings, ConnectionControl connection,
                             UiExecutor ui, java.util.concurrent.Executor connections) {
        this.model = model;
        this.settings = settings;
        this.connection = connection;
        this.ui = ui;
        this.connections = connections;
    }

    /** Builds the bar and wires it; its labels follow the model from here on. */
    public HBox root() {
        sandboxBadge = described(named(new Label(Texts.get("bar.sandboxBadge")), "sandboxBadge", "sandbox-badge"),
                Texts.get("bar.sandboxBadge.accessibleText"));
        targetLabel = named(new Label(), "targetLabel", "target-label");
        statusLabel = described(named(new Label(), "statusLabel", "status-label"),
                Texts.get("bar.statusLabel.accessibleText"));
        securityWarning = named(new Label(), "securityWarning", "security-warning");
        signInAgainButton = described(named(new Button(Texts.get("bar.signInAgainButton")), "signInAgainButton"),
                Texts.get("bar.signInAgainButton.accessibleText"));
        versionLabel = named(new Label(), "versionLabel", "version-label");
        themeToggle = described(named(new ToggleButton(), "themeToggle", "flat"),
                Texts.get("bar.themeToggle.accessibleText"), Texts.get("bar.themeToggle.tooltip"));
        connectionButton = described(named(new Button(Texts.get("bar.connectionButton")), "connectionButton", "flat"),
                Texts.get("bar.connectionButton.accessibleText"), Texts.get("bar.connectionButton.tooltip"));
        refreshButton = described(named(new Button(), "refreshButton", "flat"),
                Texts.get("bar.refreshButton.accessibleText"), Texts.get("bar.refreshButton.tooltip"));
        // The texts that must never be cut short keep their whole width; the gap takes what is left.
        for (Region whole : new Region[] {sandboxBadge, targetLabel, statusLabel, signInAgainButton, versionLabel,
                connectionButton}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        signInAgainButton.setMnemonicParsing(false);
        connectionButton.setMnemonicParsing(false);
        signInAgainButton.setOnAction(e -> onConnection());
        connectionButton.setOnAction(e -> onConnection());
        refreshButton.setOnAction(e -> onRefresh());
        HBox root = styled(new HBox(10, sandboxBadge, targetLabel, statusLabel, securityWarning, signInAgainButton,
                growing(new Region()), versionLabel, themeToggle, connectionButton, refreshButton), "connection-bar");
        initialize();
        return root;
    }

    private void initialize() {
        targetLabel.textProperty().bind(model.targetTextProperty());
        statusLabel.textProperty().bind(model.statusTextProperty());
        versionLabel.textProperty().bind(model.appVersionProperty());
        sandboxBadge.visibleProperty().bind(model.sandboxProperty());
        sandboxBadge.managedProperty().bind(model.sandboxProperty());
        securityWarning.textProperty().bind(model.securityWarningProperty());
        securityWarning.visibleProperty().bind(model.securityWarningProperty().isNotEmpty());
        securityWarning.managedProperty().bind(securityWarning.visibleProperty());
        refreshButton.setGraphic(new FontIcon(Feather.REFRESH_CW));
        connectionButton.setGraphic(new FontIcon(Feather.SLIDERS));
        connectionButton.setDisable(connection == null);
        themeToggle.setSelected(settings.dark());
        themeToggle.setGraphic(new FontIcon(settings.dark() ? Feather.SUN : Feather.MOON));
        themeToggle.selectedProperty().addListener((obs, old, dark) -> {
            settings.setDark(dark);
            themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        });
        signInAgainButton.visibleProperty().bind(model.unauthorizedProperty().and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> connection != null)));
        signInAgainButton.managedProperty().bind(signInAgainButton.visibleProperty());
        // In the sandbox the badge says it all once it answers.
        statusLabel.visibleProperty().bind(model.sandboxProperty().not()
                .or(model.healthProperty().isNotEqualTo(ConnectionBarViewModel.Health.OK)));
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        model.healthProperty().addListener((obs, old, health) -> showHealth(health));
        showHealth(model.healthProperty().get());
        model.refresh();
    }

    private void onRefresh() {
        model.refresh();
    }

    private void onConnection() {
        ConnectionDialogView view = new ConnectionDialogView(
                ConnectionDialogViewModel.forApp(connection, ui, connections));
        Dialog<SavedConnection> dialog = new Dialog<>();
        view.onDisconnected(forgotten -> {
            dialog.setResult(forgotten);
            dialog.close();
        });
        dialog.setTitle(Texts.get("connection.dialog.title"));
        dialog.setHeaderText(Texts.get("connection.dialog.header"));
        dialog.getDialogPane().setContent(new Views().register(ConnectionDialogView.class, () -> view)
                .load("ConnectionDialog.fxml"));
        ButtonType connect = new ButtonType(Texts.get("connection.dialog.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(view.completeProperty().not());
        dialog.setResultConverter(button -> button == connect ? view.choice() : null);
        dialog.initOwner(connectionButton.getScene().getWindow());
        // Sized to its content: the Test button and its answer are never cut.
        dialog.setResizable(true);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // After the layout pass that gives the new text its height, not before it.
        view.whenResized(() -> UiExecutor.later(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        dialog.setOnHidden(event -> view.close());
        dialog.showAndWait().ifPresent(connection::switchTo);
    }

    private void showHealth(ConnectionBarViewModel.Health health) {
        statusLabel.getStyleClass().removeAll("health-checking", "health-ok", "health-warning", "health-error");
        statusLabel.getStyleClass().add("health-" + health.name().toLowerCase(java.util.Locale.ROOT));
        Feather icon = switch (health) {
            case CHECKING -> Feather.LOADER;
            case OK -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.X_CIRCLE;
        };
        statusLabel.setGraphic(new FontIcon(icon));
    }
}
