package com.beepercomposer.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;

/** Reading JSON request bodies with API-shaped errors instead of framework ones. */
final class JsonBodies {
    private JsonBodies() {
    }

    /** Like {@link #object(Context)}, but a missing body reads as {@code {}} (every field optional). */
    static JsonNode objectOrEmpty(Context ctx) {
        return object(ctx, true);
    }

    static JsonNode object(Context ctx) {
        return object(ctx, false);
    }

    private static JsonNode object(Context ctx, boolean emptyAllowed) {
        JsonNode body;
        try {
            body = WireJson.mapper().readTree(ctx.bodyInputStream());
        } catch (StreamConstraintsException e) {
            throw SandboxError.tooLarge("The body is past a parser limit (string length, number length or "
                    + "nesting depth): " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw SandboxError.invalid("invalid_json", "The body is not valid JSON");
        } catch (IOException e) {
            throw SandboxError.bodyUnreadable(e);
        }
        if ((body == null || body.isMissingNode()) && emptyAllowed) {
            return WireJson.mapper().createObjectNode();
        }
        if (body == null || body.isMissingNode()) {
            throw SandboxError.invalid("invalid_type", "A JSON body is required");
        }
        if (!body.isObject()) {
            throw SandboxError.invalid("invalid_type", "The body must be a JSON object");
        }
        return body;
    }

    static String optionalString(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw SandboxError.invalid("invalid_type", field + " must be a string", field);
        }
        return value.asText();
    }

    static Integer optionalInt(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw SandboxError.invalid("invalid_type", field + " must be a whole number >= 0", field);
        }
        return value.asInt();
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
