package com.beepercomposer.compose;

import java.util.Locale;

/** Byte counts, rates and durations the way people read them. */
public final class Sizes {
    private Sizes() {
    }

    public static String human(long bytes) {
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
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /** "3.2 MB of 10 MB · 4.1 MB/s · 2 s left" for an upload under way. */
    public static String progress(long sent, long total, long elapsedNanos) {
        StringBuilder out = new StringBuilder(human(sent)).append(" of ").append(human(total));
        double seconds = elapsedNanos / 1e9;
        if (seconds > 0.2 && sent > 0) {
            double rate = sent / seconds;
            out.append(" · ").append(human((long) rate)).append("/s");
            if (sent < total) {
                long left = (long) Math.ceil((total - sent) / rate);
                out.append(" · ").append(left < 60 ? left + " s left" : (left / 60) + " min " + (left % 60) + " s left");
            }
        }
        return out.toString();
    }
}
