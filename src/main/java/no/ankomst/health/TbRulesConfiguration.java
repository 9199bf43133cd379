package no.ankomst.health;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code ankomst.health.rules.*} (application.properties lists them) to {@link TbRules}; whatever is not
 * configured is {@link TbRules#CURRENT_LAW}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TbRulesConfiguration.Settings.class)
class TbRulesConfiguration {

    @Bean
    TbRules tbRules(Settings settings) {
        TbRules law = TbRules.CURRENT_LAW;
        return new TbRules(
                settings.deadlineDays() != null ? settings.deadlineDays() : law.deadlineDays(),
                settings.extendedDeadlineDays() != null ? settings.extendedDeadlineDays() : law.extendedDeadlineDays(),
                settings.extensionFrom() != null ? settings.extensionFrom() : law.extensionFrom(),
                settings.extensionTo() != null ? settings.extensionTo() : law.extensionTo(),
                settings.flowcharts() != null && !settings.flowcharts().isEmpty() ? settings.flowcharts()
                        : law.flowcharts());
    }

    /** What the properties say; unset values fall back to the law. */
    @ConfigurationProperties("ankomst.health.rules")
    record Settings(@Nullable Integer deadlineDays, @Nullable Integer extendedDeadlineDays,
                    @Nullable LocalDate extensionFrom, @Nullable LocalDate extensionTo,
                    @Nullable List<TbRules.Flowchart> flowcharts) {
    }
}
