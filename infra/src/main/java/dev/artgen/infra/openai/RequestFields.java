package dev.artgen.infra.openai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The scalar fields of a request, read the same way from a JSON body or from multipart text fields (where every
 * value arrives as a string, so numbers and booleans are parsed from text).
 */
final class RequestFields {

    private final Map<String, JsonNode> values;
    private final boolean form;

    private RequestFields(Map<String, JsonNode> values, boolean form) {
        this.values = values;
        this.form = form;
    }

    static RequestFields ofJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.invalid(null, "The request body must be a JSON object.");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        body.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
        return new RequestFields(values, false);
    }

    static RequestFields ofForm(Map<String, String> fields) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        fields.forEach((k, v) -> values.put(k, StringNode.valueOf(v)));
        return new RequestFields(values, true);
    }

    Set<String> names() {
        return values.keySet();
    }

    /** Present and not JSON null: OpenAI treats an explicit null like an absent field. */
    boolean has(String name) {
        JsonNode v = values.get(name);
        return v != null && !v.isNull();
    }

    String string(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode v = values.get(name);
        if (!v.isString()) {
            throw ApiError.invalidType(name, "a string", describe(v));
        }
        return v.asString();
    }

    Integer integer(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode v = values.get(name);
        if (v.isString() && form) {
            try {
                return Integer.valueOf(v.asString().strip());
            } catch (NumberFormatException e) {
                throw ApiError.invalidType(name, "an integer", "a string");
            }
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()) && Math.abs(v.doubleValue()) < 1e9) {
            return (int) v.doubleValue();
        }
        throw ApiError.invalidType(name, "an integer", describe(v));
    }

    Boolean bool(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode v = values.get(name);
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isString() && form && (v.asString().equals("true") || v.asString().equals("false"))) {
            return Boolean.valueOf(v.asString());
        }
        throw ApiError.invalidType(name, "a boolean", describe(v));
    }

    private static String describe(JsonNode v) {
        if (v.isString()) {
            return "a string";
        }
        if (v.isIntegralNumber()) {
            return "an integer";
        }
        if (v.isNumber()) {
            return "a decimal";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
