package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The history's times as the person reads them: today's sends by the time alone, older ones
 * by a short date in the person's locale; the whole moment, with its zone, for the tooltip.
 */
final class HistoryTimes {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter full;

    HistoryTimes(Clock clock, Locale locale) {
        this.clock = clock;
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    }

    static HistoryTimes here() {
        return new HistoryTimes(Clock.systemDefaultZone(), Texts.locale());
    }

    /** "14:03:27" today, "11/24/26" (as the locale writes it) on any other day. */
    String brief(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        return local.toLocalDate().equals(LocalDate.now(clock)) ? CLOCK.format(local) : shortDate.format(local);
    }

    /** "Tuesday, November 24, 2026 14:03:27.120 Europe/Paris". */
    String full(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        return full.format(local) + " " + DateTimeFormatter.ofPattern("HH:mm:ss.SSS").format(local) + " "
                + clock.getZone().getId();
    }
}
