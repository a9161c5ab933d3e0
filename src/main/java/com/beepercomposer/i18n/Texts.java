package com.beepercomposer.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to the window's words: every user-visible text of the desktop app comes from the
 * {@code messages} bundles through here (FXML through {@link #bundle()}, code through
 * {@link #get}), in the language the person chose or the system's.
 *
 * <p>The command line ({@code cli/}) and the sandbox ({@code sandbox/}) stay English on purpose:
 * the CLI's output is read by scripts, and the sandbox is a server answering as the real one does.
 *
 * <p>Apostrophes in the bundles are plain text: {@link #get} doubles them before
 * {@link MessageFormat} sees a pattern, so "chat's" needs no escaping and FXML reads the same text.
 */
public final class Texts {
    /** Forces a language for the run ("en", "de"), over the saved choice: the tests use it. */
    public static final String LOCALE_PROPERTY = "beepercomposer.locale";
    static final String BUNDLE = "com.beepercomposer.i18n.messages";
    /** No fallback to the system's bundle: English chosen on a German system must stay English. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = forced() != null ? forced() : Locale.getDefault();

    private Texts() {
    }

    /** The locale texts, dates and numbers of the window are written in. */
    public static Locale locale() {
        return locale;
    }

    /** Follows the person's choice, unless the run forces a language. */
    public static void use(Language language) {
        Locale chosen = forced();
        locale = chosen != null ? chosen : language.locale();
    }

    /** Sets the locale outright, whatever was forced: for tests that show another language. */
    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, CONTROL);
    }

    /** The text under {@code key}, its {@code {0}}, {@code {1}}… filled in as the locale writes them. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    private static Locale forced() {
        String tag = System.getProperty(LOCALE_PROPERTY, "").strip();
        return tag.isEmpty() ? null : Locale.forLanguageTag(tag);
    }
}
