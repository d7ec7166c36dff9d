package dev.artgen.api.limits;

import dev.artgen.api.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Draws one token per API request from the caller's bucket and reports it in the IETF RateLimit
 * header fields (draft-ietf-httpapi-ratelimit-headers) on every answer. An interceptor runs after
 * the security filters, so it knows who is calling.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RequestRates rates;
    private final EffectiveLimits limits;
    private final Refusals refusals;

    RateLimitInterceptor(RequestRates rates, EffectiveLimits limits, Refusals refusals) {
        this.rates = rates;
        this.limits = limits;
        this.refusals = refusals;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Only signing in is open to anonymous callers, and its keys have 256 bits: nothing to count.
        if (CurrentUser.optional().isEmpty()) {
            return true;
        }
        String user = CurrentUser.id();
        boolean read = switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        var policy = read ? RequestRates.Policy.READS : RequestRates.Policy.WRITES;
        var userLimits = limits.of(user);
        RequestRates.Draw draw = rates.draw(user, policy, read ? userLimits.reads() : userLimits.writes());
        String name = "\"" + policy.wireName() + "\"";
        response.setHeader(
                "RateLimit-Policy",
                name + ";q=" + draw.rate().quota() + ";w=" + draw.rate().windowSeconds());
        response.setHeader("RateLimit", name + ";r=" + draw.remaining() + ";t=" + draw.resetSeconds());
        if (!draw.allowed()) {
            refusals.rateLimited(policy.wireName());
            throw new RateLimited(
                    policy.wireName(), draw.rate().quota(), draw.rate().windowSeconds(), draw.retryAfterSeconds());
        }
        return true;
    }
}
