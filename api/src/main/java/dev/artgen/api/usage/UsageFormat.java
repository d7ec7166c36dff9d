package dev.artgen.api.usage;

import dev.artgen.api.jobs.InvalidRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON or CSV: {@code ?format=} decides, else an Accept that names text/csv but not JSON. */
enum UsageFormat {
    JSON,
    CSV;

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    static UsageFormat of(String format, String accept) {
        if (format != null) {
            return switch (format.strip()) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw new InvalidRequest("format", "is json or csv");
            };
        }
        return accepts(accept, "text", "csv") && !accepts(accept, "application", "json") ? CSV : JSON;
    }

    ResponseEntity<?> answer(UsageQuery query, UsageReport report, String subject) {
        if (this == JSON) {
            return ResponseEntity.ok(report);
        }
        String filename = "artgen-usage-" + subject + "-" + query.from() + "-to-" + query.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(UsageCsv.of(query.groupBy(), report.rows()));
    }

    private static boolean accepts(String accept, String type, String subtype) {
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream()
                    .anyMatch(t -> t.getType().equals(type) && t.getSubtype().equals(subtype));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
