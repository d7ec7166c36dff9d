package dev.artgen.api.usage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The usage report; its indexes are the usage ledger's (see UsageLedger.createIndexes). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageProperties.class)
class UsageConfiguration {

    @Bean
    UsageReports usageReports(MongoOperations mongo) {
        return new UsageReports(mongo);
    }
}
