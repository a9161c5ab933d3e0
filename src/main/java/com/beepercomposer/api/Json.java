package com.beepercomposer.api;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration for the wire: lenient on input, no nulls on output. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // Servers add fields over time; an unknown one must never break a response.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            // Optional request fields are omitted rather than sent as null: null means "clear" to the API.
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            // A null inside a list or map ("attachments": [null]) is dropped, not fatal.
            .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP))
            // Records carry helpers such as SendStatus.isSettled(); they are not wire fields.
            // Record components named isSender and the like are still written.
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
