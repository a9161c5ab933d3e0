package com.beepercomposer.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Which fields a client record reads that a JSON answer does not carry. The client ignores
 * unknown fields, so a name spelled differently on either side would silently read as null:
 * this walks the record's components (and nested records, list items, map values) and names
 * every one the answer lacks, except those listed as {@code Record.component} in mayBeAbsent.
 */
final class ClientFields {
    private ClientFields() {
    }

    static List<String> missing(JsonNode json, Class<?> type, Set<String> mayBeAbsent) {
        List<String> missing = new ArrayList<>();
        walk(json, type, type.getSimpleName(), mayBeAbsent, missing);
        return missing;
    }

    private static void walk(JsonNode json, Type type, String path, Set<String> mayBeAbsent, List<String> missing) {
        if (json == null || json.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw) && json.isArray() && !json.isEmpty()) {
                walk(json.get(0), p.getActualTypeArguments()[0], path + "[0]", mayBeAbsent, missing);
            } else if (java.util.Map.class.isAssignableFrom(raw) && json.isObject() && !json.isEmpty()) {
                Iterator<String> keys = json.fieldNames();
                String key = keys.next();
                walk(json.get(key), p.getActualTypeArguments()[1], path + "{" + key + "}", mayBeAbsent, missing);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord()) {
            return;
        }
        for (RecordComponent component : c.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            JsonNode value = json.get(name);
            if (value == null) {
                if (!mayBeAbsent.contains(c.getSimpleName() + "." + name)) {
                    missing.add(path + "." + name);
                }
                continue;
            }
            walk(value, component.getGenericType(), path + "." + name, mayBeAbsent, missing);
        }
    }
}
