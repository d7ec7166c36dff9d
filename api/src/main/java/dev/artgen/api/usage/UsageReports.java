package dev.artgen.api.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Sums usage records in MongoDB: one $match on the indexed fields ({owner, recordedAt} for one
 * user, {recordedAt} for everyone) and one $group, so only the period's records are read and only
 * the groups travel. Every operator used here ($match, $group, $sum, $dateToString) is one that
 * mongo-java-server implements too; $dateTrunc, which it lacks, is avoided.
 */
class UsageReports {

    static final String COLLECTION = "usage";

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<UsageRow> ORDER = Comparator.comparing(UsageRow::day, NULLS_FIRST)
            .thenComparing(UsageRow::model, NULLS_FIRST)
            .thenComparing(UsageRow::user, NULLS_FIRST);

    private final MongoOperations mongo;

    UsageReports(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The query's groups in day, model, user order; an empty period gives no rows. */
    List<UsageRow> rows(UsageQuery query) {
        List<UsageRow> rows = new ArrayList<>();
        for (Document group : mongo.getCollection(COLLECTION).aggregate(pipeline(query))) {
            rows.add(row(group.get("_id", Document.class), group));
        }
        rows.sort(ORDER);
        return rows;
    }

    static List<Document> pipeline(UsageQuery query) {
        Document match = new Document();
        if (query.owner() != null) {
            match.append("owner", query.owner());
        }
        // Whole UTC days: from midnight of 'from' up to, not including, midnight after 'to'.
        match.append(
                "recordedAt",
                new Document("$gte", midnight(query.from().atStartOfDay()))
                        .append("$lt", midnight(query.to().plusDays(1).atStartOfDay())));
        Document keys = new Document();
        for (Dimension dimension : query.groupBy()) {
            keys.append(
                    dimension.field(),
                    dimension == Dimension.DAY
                            // UTC is $dateToString's default on MongoDB and mongo-java-server alike.
                            ? new Document(
                                    "$dateToString", new Document("format", "%Y-%m-%d").append("date", "$recordedAt"))
                            : "$" + dimension.field());
        }
        Document group = new Document("_id", keys)
                .append("jobs", new Document("$sum", 1))
                .append("images", new Document("$sum", "$images"))
                .append("inputTokens", new Document("$sum", "$inputTokens"))
                .append("outputTokens", new Document("$sum", "$outputTokens"))
                .append("costUsd", new Document("$sum", "$costUsd"));
        return List.of(new Document("$match", match), new Document("$group", group));
    }

    private static Date midnight(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }

    private static UsageRow row(Document keys, Document sums) {
        return new UsageRow(
                keys.getString(Dimension.DAY.field()),
                keys.getString(Dimension.MODEL.field()),
                keys.getString(Dimension.USER.field()),
                null,
                number(sums.get("jobs")).longValue(),
                number(sums.get("images")).longValue(),
                number(sums.get("inputTokens")).longValue(),
                number(sums.get("outputTokens")).longValue(),
                decimal(sums.get("costUsd")));
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }

    /** Costs are Decimal128 (Spring Data's BigDecimal mapping), so the $sum is exact; 0 when none had a cost. */
    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case Decimal128 d -> plain(d.bigDecimalValue());
            case Number n -> plain(new BigDecimal(n.toString()));
            case null, default -> BigDecimal.ZERO;
        };
    }

    /** 0.0400 reads 0.04, and 100 stays 100 rather than 1E+2. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
