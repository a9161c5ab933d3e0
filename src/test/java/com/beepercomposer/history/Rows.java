package com.beepercomposer.history;

import java.time.Instant;

/** Rows for tests: a sent text with every answer filled in, and one with an attachment. */
final class Rows {
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private Rows() {
    }

    static SendRecord sentText(String text) {
        return new SendRecord(7, T0, "!whatsapp_1:ba_x.local-whatsapp.localhost", "Team", text, null, null, null,
                "{\"text\":" + JsonText.quote(text) + "}", SendState.SENT, "p7", "!whatsapp_1:ba_x.local-whatsapp.localhost",
                "f7", null, T0.plusMillis(120), T0.plusMillis(1400),
                "{\"chatID\":\"!whatsapp_1:ba_x.local-whatsapp.localhost\",\"pendingMessageID\":\"p7\"}",
                "{\"id\":\"f7\",\"chatID\":\"!whatsapp_1:ba_x.local-whatsapp.localhost\"}", null,
                ConnectionRef.desktop(java.net.URI.create("http://localhost:23373")));
    }

    static SendRecord rejectedAttachment() {
        return new SendRecord(8, T0, "chat/with space", null, null, "m1", "photo one.png", "up-1",
                "{\"replyToMessageID\":\"m1\",\"attachment\":{\"uploadID\":\"up-1\",\"type\":\"sticker\"}}",
                SendState.REJECTED, null, null, null, "HTTP 400: \"attachment\" is wrong, sorry", null,
                T0.plusMillis(80), null, null, 7L, ConnectionRef.desktop(java.net.URI.create("https://remote.example/")));
    }
}
