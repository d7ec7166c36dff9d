package dev.artgen.infra.openai;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An answer in OpenAI's error shape: {@code {"error": {"message", "type", "param", "code"}}} with its status. */
final class ApiError extends RuntimeException {

    static final String INVALID_REQUEST = "invalid_request_error";

    private final int status;
    private final String type;
    private final String param;
    private final String code;
    private final Map<String, String> headers;

    ApiError(int status, String message, String type, String param, String code) {
        this(status, message, type, param, code, Map.of());
    }

    ApiError(int status, String message, String type, String param, String code, Map<String, String> headers) {
        // No stack trace: these are answers, not bugs, and some tests produce thousands of them.
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    static ApiError invalid(String param, String message) {
        return new ApiError(400, message, INVALID_REQUEST, param, null);
    }

    static ApiError invalid(String param, String message, String code) {
        return new ApiError(400, message, INVALID_REQUEST, param, code);
    }

    static ApiError invalidValue(String param, String value, List<String> supported) {
        return invalid(
                param,
                "Invalid value: '" + value + "'. Supported values are: " + quotedList(supported) + ".",
                "invalid_value");
    }

    static ApiError missing(String param) {
        return invalid(param, "Missing required parameter: '" + param + "'.", "missing_required_parameter");
    }

    static ApiError invalidType(String param, String expected, String got) {
        return invalid(
                param,
                "Invalid type for '" + param + "': expected " + expected + ", but got " + got + " instead.",
                "invalid_type");
    }

    static ApiError onlyFor(String param, String models) {
        return invalid(
                param, "The '" + param + "' parameter is only supported for " + models + ".", "unsupported_parameter");
    }

    static ApiError notFound(String method, String path) {
        return new ApiError(404, "Invalid URL (" + method + " " + path + ")", INVALID_REQUEST, null, null);
    }

    static ApiError noApiKey() {
        return new ApiError(
                401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header using"
                        + " Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank"
                        + " username) if you're accessing the API from your browser and are prompted for a username"
                        + " and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
                INVALID_REQUEST,
                null,
                null);
    }

    static ApiError incorrectApiKey(String key) {
        return new ApiError(
                401,
                "Incorrect API key provided: " + maskKey(key)
                        + ". You can find your API key at https://platform.openai.com/account/api-keys.",
                INVALID_REQUEST,
                null,
                "invalid_api_key");
    }

    static ApiError rateLimited(String model, int limit, Duration retryAfter) {
        return new ApiError(
                429,
                "Rate limit reached for " + model + " in organization org-emulator on requests per min (RPM): Limit "
                        + limit + ". Please try again in " + RateLimitHeaders.duration(retryAfter)
                        + ". Visit https://platform.openai.com/account/rate-limits to learn more.",
                "requests",
                null,
                "rate_limit_exceeded",
                RateLimitHeaders.retryAfter(retryAfter));
    }

    static ApiError insufficientQuota() {
        return new ApiError(
                429,
                "You exceeded your current quota, please check your plan and billing details. For more information on"
                        + " this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
                "insufficient_quota",
                null,
                "insufficient_quota");
    }

    static ApiError moderationBlocked(String requestId) {
        return new ApiError(
                400,
                "Your request was rejected by the safety system. If you believe this is an error, contact us at"
                        + " help.openai.com and include the request ID " + requestId + ".",
                "image_generation_user_error",
                null,
                "moderation_blocked");
    }

    static ApiError serverError(String requestId) {
        return new ApiError(
                500,
                "The server had an error processing your request. Sorry about that! You can retry your request, or"
                        + " contact us through our help center at help.openai.com if you keep seeing this error."
                        + " (Please include the request ID " + requestId + " in your email.)",
                "server_error",
                null,
                null);
    }

    static ApiError overloaded() {
        return new ApiError(
                503, "The engine is currently overloaded, please try again later.", "server_error", null, null);
    }

    /** Shows enough of a key to recognise it, never the whole of it (OpenAI masks the same way). */
    static String maskKey(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (key.length() <= 8) {
            return key.charAt(0) + "*".repeat(key.length() - 1);
        }
        return key.substring(0, 3) + "*".repeat(Math.min(key.length() - 7, 40)) + key.substring(key.length() - 4);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String param() {
        return param;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    ObjectNode body(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", getMessage());
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return root;
    }

    private static String quotedList(List<String> values) {
        List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
        if (quoted.size() <= 1) {
            return String.join("", quoted);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + (quoted.size() > 2 ? "," : "")
                + " and " + quoted.getLast();
    }
}
