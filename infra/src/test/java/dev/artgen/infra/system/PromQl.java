package dev.artgen.infra.system;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL reading to find which metric names an expression selects. */
final class PromQl {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "bool",
            "offset",
            "inf",
            "nan");

    private PromQl() {}

    static Set<String> metricNames(String expression) {
        String plain = expression
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") // label values and other strings
                .replaceAll("\\{[^}]*}", " ") // label matchers
                .replaceAll("\\[[^]]*]", " ") // range and subquery windows
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\S+", " ");
        Set<String> names = new TreeSet<>();
        Matcher token = NAME.matcher(plain);
        while (token.find()) {
            String name = token.group();
            boolean isFunction = plain.substring(token.end()).matches("(?s)\\s*\\(.*");
            boolean isVariable = token.start() > 0 && plain.charAt(token.start() - 1) == '$';
            boolean isNumber = token.start() > 0 && Character.isDigit(plain.charAt(token.start() - 1));
            if (!isFunction && !isVariable && !isNumber && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }
}
