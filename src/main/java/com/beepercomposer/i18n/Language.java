package com.beepercomposer.i18n;

import java.util.Locale;

/** The languages the window speaks; {@link #SYSTEM} follows the operating system's. */
public enum Language {
    SYSTEM(""), ENGLISH("en"), GERMAN("de");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** As saved in the preferences: "" for the system's language. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return this == SYSTEM ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** The saved tag's language; anything unknown follows the system. */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag == null ? "" : tag.strip())) {
                return language;
            }
        }
        return SYSTEM;
    }
}
