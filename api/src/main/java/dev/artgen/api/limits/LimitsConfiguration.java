package dev.artgen.api.limits;

import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.pricing.PriceTable;
import dev.artgen.common.quota.Quotas;
import dev.artgen.common.quota.UserLimits;
import dev.artgen.common.ratelimit.MongoBuckets;
import dev.artgen.common.usage.UsageLedger;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Request rate limits on /v1/**, jobs in flight and budgets per user, and their settlement. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
@EnableScheduling
class LimitsConfiguration {

    @Bean
    Quotas quotas(MongoOperations mongo) {
        Quotas quotas = new Quotas(mongo);
        quotas.createIndexes();
        return quotas;
    }

    @Bean
    EffectiveLimits effectiveLimits(MongoOperations mongo, LimitsProperties properties, Clock clock) {
        return new EffectiveLimits(new UserLimits(mongo), properties, clock);
    }

    @Bean
    JobAdmission jobAdmission(
            Quotas quotas, EffectiveLimits limits, PriceTable prices, Clock clock, Refusals refusals) {
        return new JobAdmission(quotas, limits, prices, clock, refusals);
    }

    @Bean
    Refusals refusals(MeterRegistry registry) {
        return new Refusals(registry);
    }

    @Bean
    LimitsLookup limitsLookup(EffectiveLimits limits, Quotas quotas, Clock clock) {
        return new LimitsLookup(limits, quotas, clock);
    }

    @Bean
    QuotaSettlement quotaSettlement(Quotas quotas, UsageLedger ledger, MessageCodec codec, Clock clock) {
        return new QuotaSettlement(quotas, ledger, codec, clock);
    }

    @Bean
    ReservationSweeper reservationSweeper(
            Quotas quotas, Jobs jobs, QuotaSettlement settlement, LimitsProperties properties, Clock clock) {
        return new ReservationSweeper(quotas, jobs, settlement, properties, clock);
    }

    @Bean
    RateLimitInterceptor rateLimitInterceptor(MongoOperations mongo, EffectiveLimits limits, Refusals refusals) {
        return new RateLimitInterceptor(new RequestRates(new MongoBuckets(mongo)), limits, refusals);
    }

    @Bean
    WebMvcConfigurer rateLimits(RateLimitInterceptor interceptor) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).addPathPatterns("/v1/**");
            }
        };
    }
}
