package com.beepercomposer.compose;

import com.beepercomposer.i18n.Texts;
import java.util.Locale;

/** Byte counts, rates and durations the way people read them. */
public final class Sizes {
    private Sizes() {
    }

    /** As scripts read it, whatever the language: "1.5 MB". */
    public static String human(long bytes) {
        return human(bytes, Locale.ROOT);
    }

    /** As the app's language writes numbers: "1.5 MB", "1,5 MB" in German. */
    public static String humanInLanguage(long bytes) {
        return human(bytes, Texts.locale());
    }

    /** As the locale writes numbers: "1.5 MB", "1,5 MB" in German. */
    private static String human(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(locale, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /** "3.2 MB of 10 MB · 4.1 MB/s · 2 s left" for an upload under way, in the window's language. */
    public static String progress(long sent, long total, long elapsedNanos) {
        StringBuilder out = new StringBuilder(Texts.get("sizes.of", humanInLanguage(sent), humanInLanguage(total)));
        double seconds = elapsedNanos / 1e9;
        if (seconds > 0.2 && sent > 0) {
            double rate = sent / seconds;
            out.append(" · ").append(Texts.get("sizes.rate", humanInLanguage((long) rate)));
            if (sent < total) {
                long left = (long) Math.ceil((total - sent) / rate);
                out.append(" · ").append(left < 60 ? Texts.get("sizes.secondsLeft", String.valueOf(left))
                        : Texts.get("sizes.minutesLeft", String.valueOf(left / 60), String.valueOf(left % 60)));
            }
        }
        return out.toString();
    }
}
