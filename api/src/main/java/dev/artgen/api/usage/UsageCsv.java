package dev.artgen.api.usage;

import java.util.ArrayList;
import java.util.List;

/**
 * A usage report as RFC 4180 CSV: a header, then one line per group. Text that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with ' (OWASP's advice for CSV injection).
 */
final class UsageCsv {

    private UsageCsv() {}

    static String of(List<Dimension> groups, List<UsageRow> rows) {
        List<String> header = new ArrayList<>();
        for (Dimension group : groups) {
            header.add(group.wireName());
            if (group == Dimension.USER) {
                header.add("user_name");
            }
        }
        header.addAll(List.of("jobs", "images", "input_tokens", "output_tokens", "cost_usd"));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (UsageRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (Dimension group : groups) {
                switch (group) {
                    case DAY -> cells.add(row.day());
                    case MODEL -> cells.add(row.model());
                    case USER -> {
                        cells.add(row.user());
                        cells.add(row.userName());
                    }
                }
            }
            cells.add(Long.toString(row.jobs()));
            cells.add(Long.toString(row.images()));
            cells.add(Long.toString(row.inputTokens()));
            cells.add(Long.toString(row.outputTokens()));
            cells.add(row.costUsd().toPlainString());
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
