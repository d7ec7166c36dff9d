package dev.artgen.common.ratelimit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Bucket4j token buckets kept in MongoDB, so every worker (or api instance) draws from the same
 * bucket. Bucket4j publishes no MongoDB backend on Maven Central; its compare-and-swap contract is
 * one document per bucket whose state changes only if it is still what was read.
 */
public final class MongoBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private static final String COLLECTION = "rate_buckets";
    private static final String STATE = "state";

    private final MongoOperations mongo;

    public MongoBuckets(MongoOperations mongo) {
        super(ClientSideConfig.getDefault());
        this.mongo = mongo;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document bucket = mongo.findById(key, Document.class, COLLECTION);
                return Optional.ofNullable(bucket)
                        .map(document -> document.get(STATE, Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(
                    byte[] originalData, byte[] newData, RemoteBucketState newState, Optional<Long> timeoutNanos) {
                if (originalData == null) {
                    try {
                        mongo.insert(new Document("_id", key).append(STATE, new Binary(newData)), COLLECTION);
                        return true;
                    } catch (DuplicateKeyException anotherInstanceWasFirst) {
                        return false;
                    }
                }
                Query unchanged = Query.query(where("_id").is(key).and(STATE).is(new Binary(originalData)));
                return mongo.updateFirst(unchanged, Update.update(STATE, new Binary(newData)), COLLECTION)
                                .getModifiedCount()
                        == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("MongoBuckets is synchronous; see isAsyncModeSupported()");
    }

    @Override
    public void removeProxy(String key) {
        mongo.remove(Query.query(where("_id").is(key)), COLLECTION);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.runAsync(() -> removeProxy(key));
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
