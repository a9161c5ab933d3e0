package com.beepercomposer.sandbox;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The wire mapper for what the sandbox writes. The api records carry convenience methods such as
 * {@code SendStatus.isSettled()}; Jackson would publish those as extra fields ("settled") that
 * Beeper Desktop never sends, so "is" getters are not auto-detected here. Record components
 * (including {@code isSender}) are still written.
 */
final class SandboxJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private SandboxJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
