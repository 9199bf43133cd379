package no.ankomst.settlement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds settlement's configuration records. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettlementTargets.class)
class SettlementConfiguration {
}
