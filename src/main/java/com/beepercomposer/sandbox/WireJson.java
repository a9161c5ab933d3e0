package com.beepercomposer.sandbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sandbox's own JSON setup, independent of the client's: optional fields are omitted when
 * absent, helper methods on the wire records are never written, and request bodies are read as
 * trees so every field can be checked by name.
 */
final class WireJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private WireJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
