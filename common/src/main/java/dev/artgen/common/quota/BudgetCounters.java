package dev.artgen.common.quota;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What each user used per period: one document per (user, period) with pictures and micro-dollars,
 * reservations of unfinished jobs included. A reservation is one conditional $inc ("still fits after
 * adding this") that also marks the job as open in the document; settling adds the difference to the
 * actual use and removes the mark in the same update, so it happens once however often it is retried.
 */
class BudgetCounters {

    static final String COLLECTION = "quota_budgets";
    private static final String IMAGES = "images";
    private static final String COST = "costMicros";
    private static final String OPEN = "open.";

    private final MongoOperations mongo;

    BudgetCounters(MongoOperations mongo) {
        this.mongo = mongo;
    }

    static String id(String owner, Period period, Instant at) {
        return owner + "|" + period.wireName() + "|" + period.label(at);
    }

    /** Adds {@code amount} unless that takes the period past a limit; null limits are unlimited. */
    boolean reserve(String id, String owner, String jobId, Amount amount, Long maxImages, Long maxMicros) {
        Criteria fits = where("_id").is(id).and(OPEN + jobId).exists(false);
        if (maxImages != null) {
            fits = fits.and(IMAGES).lte(maxImages - amount.images());
        }
        if (maxMicros != null) {
            fits = fits.and(COST).lte(maxMicros - amount.costMicros());
        }
        Update add = new Update()
                .inc(IMAGES, amount.images())
                .inc(COST, amount.costMicros())
                .set(OPEN + jobId, true);
        if (mongo.updateFirst(Query.query(fits), add, COLLECTION).getMatchedCount() == 1) {
            return true;
        }
        boolean fitsFresh = (maxImages == null || amount.images() <= maxImages)
                && (maxMicros == null || amount.costMicros() <= maxMicros);
        if (!mongo.exists(Query.query(where("_id").is(id)), COLLECTION)) {
            if (!fitsFresh) {
                return false;
            }
            try {
                mongo.insert(
                        new Document("_id", id)
                                .append("owner", owner)
                                .append(IMAGES, amount.images())
                                .append(COST, amount.costMicros())
                                .append("open", new Document(jobId, true)),
                        COLLECTION);
                return true;
            } catch (DuplicateKeyException anotherRequestWasFirst) {
                // a concurrent first reservation made the document: add the conditional way below
            }
        }
        // The document surely exists now, so a miss really means the amount does not fit.
        return mongo.updateFirst(Query.query(fits), add, COLLECTION).getMatchedCount() == 1;
    }

    /** Replaces the job's reservation by {@code actual}; a job no longer open here is left alone. */
    void settle(String id, String jobId, Amount reserved, Amount actual) {
        Amount difference = actual.minus(reserved);
        mongo.updateFirst(
                Query.query(where("_id").is(id).and(OPEN + jobId).exists(true)),
                new Update()
                        .inc(IMAGES, difference.images())
                        .inc(COST, difference.costMicros())
                        .unset(OPEN + jobId),
                COLLECTION);
    }

    Amount used(String id) {
        Document budget = mongo.findById(id, Document.class, COLLECTION);
        if (budget == null) {
            return Amount.ZERO;
        }
        return new Amount(number(budget, IMAGES), number(budget, COST));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
