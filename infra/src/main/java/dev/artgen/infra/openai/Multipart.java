package dev.artgen.infra.openai;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A {@code multipart/form-data} body (RFC 7578) split into its parts. */
final class Multipart {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {}

    /** One part: a form field or an uploaded file. */
    record Part(String name, String filename, String contentType, byte[] bytes) {

        /** A file part carries a filename; openai-java omits it for bare streams, so file fields are also known by name. */
        boolean isFile() {
            return filename != null || "image".equals(name) || "image[]".equals(name) || "mask".equals(name);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The boundary parameter of a {@code multipart/form-data} content type, or null when it has none. */
    static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        // Parameters are parsed like Content-Disposition's: a quoted boundary may contain ';'.
        String value = dispositionParam(contentType, "boundary");
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Splits a body at its boundary lines. Delimiters are searched as CRLF + "--" + boundary so that a
     * boundary-like run of bytes inside a file (which cannot be preceded by CRLF--boundary) is never cut.
     *
     * @throws ApiError 400 when the body does not follow the format
     */
    static List<Part> parse(byte[] body, String boundary) {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = concat(CRLF, dashBoundary);
        // The first boundary may open the body directly (no preamble) or follow a preamble and CRLF.
        int start = startsWith(body, 0, dashBoundary) ? 0 : indexOf(body, delimiter, 0);
        if (start < 0) {
            throw malformed("no boundary line found");
        }
        int cursor = start + (start == 0 ? dashBoundary.length : delimiter.length);
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, cursor, new byte[] {'-', '-'})) {
                return parts; // the closing delimiter; an epilogue is ignored
            }
            cursor = skipLinearWhitespace(body, cursor);
            if (!startsWith(body, cursor, CRLF)) {
                throw malformed("boundary line not followed by CRLF");
            }
            cursor += CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, cursor);
            int next;
            String headers;
            int contentStart;
            if (startsWith(body, cursor, CRLF)) {
                headers = ""; // a part without headers
                contentStart = cursor + CRLF.length;
            } else {
                if (headersEnd < 0) {
                    throw malformed("part headers not terminated");
                }
                headers = new String(body, cursor, headersEnd - cursor, StandardCharsets.UTF_8);
                contentStart = headersEnd + HEADER_END.length;
            }
            next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw malformed("closing boundary missing");
            }
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, next)));
            cursor = next + delimiter.length;
        }
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                name = dispositionParam(value, "name");
                filename = dispositionParam(value, "filename");
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        if (name == null) {
            throw malformed("a part has no Content-Disposition name");
        }
        return new Part(name, filename, contentType, content);
    }

    /** Reads {@code name="..."} from a Content-Disposition value, honouring quotes (a ';' may sit inside them). */
    static String dispositionParam(String disposition, String param) {
        int i = 0;
        int n = disposition.length();
        while (i < n) {
            int semicolon = nextSemicolon(disposition, i);
            String piece = disposition.substring(i, semicolon).strip();
            int eq = piece.indexOf('=');
            if (eq > 0 && piece.substring(0, eq).strip().equalsIgnoreCase(param)) {
                String value = piece.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = unquote(value.substring(1, value.length() - 1));
                }
                return value;
            }
            i = semicolon + 1;
        }
        return null;
    }

    private static int nextSemicolon(String s, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return s.length();
    }

    /** Undoes both escaping styles seen on the wire: backslashes (browsers, curl) and %22/%0D/%0A (openai-java, OkHttp). */
    private static String unquote(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(value.charAt(++i));
            } else if (c == '%' && i + 2 < value.length()) {
                String hex = value.substring(i + 1, i + 3);
                switch (hex.toUpperCase(Locale.ROOT)) {
                    case "22" -> out.append('"');
                    case "0D" -> out.append('\r');
                    case "0A" -> out.append('\n');
                    default -> {
                        out.append(c);
                        continue;
                    }
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int skipLinearWhitespace(byte[] body, int from) {
        int i = from;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static ApiError malformed(String why) {
        return ApiError.invalid(null, "Could not parse multipart form: " + why + ".");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        return at >= 0
                && at + prefix.length <= body.length
                && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
    }

    static int indexOf(byte[] body, byte[] needle, int from) {
        byte first = needle[0];
        int last = body.length - needle.length;
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (body[i] == first && Arrays.equals(body, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
