package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the small FXML views with their controllers built by us, so each controller gets its view
 * model through its constructor. Only views built after the first frame are FXML (the connection
 * dialog, the overrides form, the history's JSON views): the window's views are built in code, as
 * FXML's first load alone held the first frame up by tens of milliseconds.
 */
public final class Views {
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public <T> Views register(Class<T> type, Supplier<? extends T> factory) {
        controllers.put(type, factory);
        return this;
    }

    public Parent load(String fxml) {
        URL location = Views.class.getResource(fxml);
        if (location == null) {
            throw new IllegalArgumentException("No view named " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(this::controllerFor);
        loader.setResources(Texts.bundle());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    private Object controllerFor(Class<?> type) {
        Supplier<?> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalStateException("No controller registered for " + type.getSimpleName());
        }
        return factory.get();
    }
}
