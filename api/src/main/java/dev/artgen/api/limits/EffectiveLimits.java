package dev.artgen.api.limits;

import dev.artgen.common.quota.LimitOverrides;
import dev.artgen.common.quota.Limits;
import dev.artgen.common.quota.UserLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A user's limits: the admin's overrides over the configured defaults. Read on every request, so
 * kept for a few seconds per instance; the instance that takes an admin's change forgets at once.
 */
class EffectiveLimits {

    private record Cached(Limits limits, Instant until) {}

    private final UserLimits users;
    private final LimitsProperties properties;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    EffectiveLimits(UserLimits users, LimitsProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    Limits of(String userId) {
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.limits();
        }
        Limits limits = users.find(userId)
                .map(overrides -> overrides.over(properties.defaults()))
                .orElse(properties.defaults());
        cache.put(userId, new Cached(limits, now.plus(properties.cacheFor())));
        return limits;
    }

    void changed(LimitOverrides overrides) {
        users.save(overrides);
        cache.remove(overrides.userId());
    }

    void reset(String userId) {
        users.remove(userId);
        cache.remove(userId);
    }
}
