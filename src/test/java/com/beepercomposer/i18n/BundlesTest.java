package com.beepercomposer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles and their users agree: each language has every key, every key is used, and no view
 * (FXML file or view built in code) writes a text of its own. Keys are found as string literals
 * passed to {@code Texts.get} (or the two literals of a {@code cond ? "a" : "b"} there) and as
 * {@code %key} in FXML; keys made from an enum's constants are listed by {@link #ENUM_KEYS}.
 */
class BundlesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path BUNDLES = RESOURCES.resolve("com/beepercomposer/i18n");
    private static final Pattern CODE_KEY = Pattern.compile("Texts\\.get\\(\\s*\"([^\"]+)\"");
    /** One of two keys: {@code Texts.get(group ? "chat.group" : "chat.direct")}. */
    private static final Pattern CHOSEN_KEYS = Pattern.compile(
            "Texts\\.get\\([^\";]*?\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|title|accessibleText|accessibleHelp)=\"([^\"]*)\"");
    /** A text given to a control in code as a literal, not read from the bundles: {@code new Label("Chat")}. */
    private static final Pattern CODE_TEXT = Pattern.compile("(set(Text|PromptText|AccessibleText|AccessibleHelp|Title"
            + "|HeaderText)|new (Label|Button|ToggleButton|CheckBox|RadioButton|Menu|MenuItem|RadioMenuItem|Tab"
            + "|TitledPane|Tooltip|Hyperlink|TableColumn(<[^>]*>)?))\\(\\s*\"[^\"]+\"");
    private static final Path VIEW_CODE = SOURCES.resolve("com/beepercomposer/ui");

    /** Keys built as a prefix and an enum constant's name, e.g. "state." + SendState.SENT.name(). */
    static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = Map.of(
            "language.", Language.class,
            "state.", com.beepercomposer.history.SendState.class);

    @Test
    void germanHasEveryEnglishKeyAndNoOther() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> german = keys("messages_de.properties");
        assertEquals(new TreeSet<>(), minus(english, german), "keys missing in messages_de.properties");
        assertEquals(new TreeSet<>(), minus(german, english), "keys missing in messages.properties");
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> used = usedKeys();
        Set<String> english = keys("messages.properties");
        assertEquals(new TreeSet<>(), minus(english, used), "keys in the bundle that nothing uses");
        assertEquals(new TreeSet<>(), minus(used, english), "keys used but missing in the bundle");
    }

    @Test
    void fxmlFilesWriteNoTextOfTheirOwn() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path fxml : files(RESOURCES, ".fxml")) {
            Matcher m = FXML_TEXT.matcher(Files.readString(fxml));
            while (m.find()) {
                if (!m.group(2).startsWith("%") && !m.group(2).isEmpty()) {
                    literal.add(fxml.getFileName() + ": " + m.group(0));
                }
            }
        }
        assertEquals(List.of(), literal, "FXML attributes that should be %keys of the bundles");
    }

    /** The large views are built in code: what they show comes from the bundles as much as FXML's does. */
    @Test
    void viewCodeWritesNoTextOfItsOwn() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path java : files(VIEW_CODE, ".java")) {
            Matcher m = CODE_TEXT.matcher(Files.readString(java));
            while (m.find()) {
                literal.add(java.getFileName() + ": " + m.group(0));
            }
        }
        assertEquals(List.of(), literal, "texts in view code that should be Texts.get(key) of the bundles");
    }

    @Test
    void germanIsNotEnglishCopied() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        long same = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).length() > 12)
                .filter(key -> english.getProperty(key).equals(german.getProperty(key))).count();
        assertTrue(same < 5, same + " longer texts are the same in German as in English");
    }

    static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path java : files(SOURCES, ".java")) {
            String code = Files.readString(java);
            Matcher m = CODE_KEY.matcher(code);
            while (m.find()) {
                used.add(m.group(1));
            }
            Matcher chosen = CHOSEN_KEYS.matcher(code);
            while (chosen.find()) {
                used.add(chosen.group(1));
                used.add(chosen.group(2));
            }
        }
        for (Path fxml : files(RESOURCES, ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(fxml));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        // "state." + state.name(): the prefix alone is no key; its enum's constants are.
        used.removeAll(ENUM_KEYS.keySet());
        ENUM_KEYS.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                used.add(prefix + constant.name());
            }
        });
        return used;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle));
             var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
