package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Making a client does not make Jackson's mapper: the app makes its client before the window's
 * first frame, and the mapper (hundreds of classes, read from jars by mvn javafx:run) is first
 * needed by the first call, after it.
 */
class ClientWithoutJsonTest {

    @Test
    void makingAClientLoadsNoObjectMapper() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> config = loader.loadClass(ClientConfig.class.getName());
            Class<?> token = loader.loadClass(AccessToken.class.getName());
            Object settings = config.getMethod("of", String.class, token)
                    .invoke(null, "http://127.0.0.1:23373", null);
            Object client = loader.loadClass(BeeperClient.class.getName()).getConstructor(config).newInstance(settings);

            assertThat(client).isNotNull();
            assertThat(loader.loaded).contains(BeeperClient.class.getName())
                    .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper", Json.class.getName());
        }
    }

    /** Loads the app's and the libraries' classes itself (not from the test's loader) and notes each. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loaded.add(name);
            return super.findClass(name);
        }
    }
}
