package com.beepercomposer.sandbox;

import com.beepercomposer.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;

/** Reading JSON request bodies with API-shaped errors instead of framework ones. */
final class JsonBodies {
    private JsonBodies() {
    }

    static JsonNode object(Context ctx) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(ctx.bodyInputStream());
        } catch (StreamConstraintsException e) {
            throw SandboxError.tooLarge("The body is past a parser limit (string length, number length or "
                    + "nesting depth): " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw SandboxError.invalid("invalid_json", "The body is not valid JSON");
        } catch (IOException e) {
            throw SandboxError.bodyUnreadable(e);
        }
        if (body == null || body.isMissingNode()) {
            throw SandboxError.invalid("invalid_type", "A JSON body is required");
        }
        if (!body.isObject()) {
            throw SandboxError.invalid("invalid_type", "The body must be a JSON object");
        }
        return body;
    }

    static Boolean optionalBoolean(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw SandboxError.invalid("invalid_type", field + " must be true or false", field);
        }
        return value.asBoolean();
    }
}
