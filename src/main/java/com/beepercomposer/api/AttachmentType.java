package com.beepercomposer.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The {@code type} hint of an outgoing attachment; omitting it lets the server detect from the MIME type. */
public enum AttachmentType {
    IMAGE("image"), VIDEO("video"), AUDIO("audio"), FILE("file"), GIF("gif"), VOICE_NOTE("voice-note"),
    STICKER("sticker");

    private final String wireName;

    AttachmentType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static AttachmentType fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown attachment type: " + value));
    }
}
