package no.ankomst.protection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Binds {@code ankomst.protection.rules.*} (application.properties lists them) to {@link ProtectionRules}
 * and offers the {@link ScreeningEngine} with them. Whatever is not configured is {@link ProtectionRules#CURRENT_LAW}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties
class ProtectionRulesConfiguration {

    @Bean
    @ConfigurationProperties("ankomst.protection.rules")
    Settings protectionRulesSettings() {
        return new Settings(ProtectionRules.CURRENT_LAW);
    }

    @Bean
    ProtectionRules protectionRules(Settings settings) {
        return settings.toRules();
    }

    @Bean
    ScreeningEngine screeningEngine(ProtectionRules rules) {
        return new ScreeningEngine(rules);
    }

    /** The mutable form Spring binds properties to; {@link ProtectionRules} checks the values. */
    static final class Settings {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate cutOff;
        private int holidayMaxDays;
        private int legalResidenceMonths;
        private int leftShortlyBeforeDays;
        private int childUnderAge;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate safeThirdCountryFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate noRegrantFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate safeOblastsFrom;
        private Set<UkrainianOblast> safeOblasts;
        private Set<String> safeThirdCountries;

        Settings(ProtectionRules defaults) {
            cutOff = defaults.cutOff();
            holidayMaxDays = defaults.holidayMaxDays();
            legalResidenceMonths = defaults.legalResidenceMonths();
            leftShortlyBeforeDays = defaults.leftShortlyBeforeDays();
            childUnderAge = defaults.childUnderAge();
            safeThirdCountryFrom = defaults.safeThirdCountryFrom();
            noRegrantFrom = defaults.noRegrantFrom();
            safeOblastsFrom = defaults.safeOblastsFrom();
            safeOblasts = defaults.safeOblasts().isEmpty() ? EnumSet.noneOf(UkrainianOblast.class)
                    : EnumSet.copyOf(defaults.safeOblasts());
            safeThirdCountries = new TreeSet<>(defaults.safeThirdCountries());
        }

        ProtectionRules toRules() {
            return new ProtectionRules(cutOff, holidayMaxDays, legalResidenceMonths, leftShortlyBeforeDays,
                    childUnderAge, safeThirdCountryFrom, noRegrantFrom, safeOblastsFrom, safeOblasts, safeThirdCountries);
        }

        public LocalDate getCutOff() {
            return cutOff;
        }

        public void setCutOff(LocalDate cutOff) {
            this.cutOff = cutOff;
        }

        public int getHolidayMaxDays() {
            return holidayMaxDays;
        }

        public void setHolidayMaxDays(int holidayMaxDays) {
            this.holidayMaxDays = holidayMaxDays;
        }

        public int getLegalResidenceMonths() {
            return legalResidenceMonths;
        }

        public void setLegalResidenceMonths(int legalResidenceMonths) {
            this.legalResidenceMonths = legalResidenceMonths;
        }

        public int getLeftShortlyBeforeDays() {
            return leftShortlyBeforeDays;
        }

        public void setLeftShortlyBeforeDays(int leftShortlyBeforeDays) {
            this.leftShortlyBeforeDays = leftShortlyBeforeDays;
        }

        public int getChildUnderAge() {
            return childUnderAge;
        }

        public void setChildUnderAge(int childUnderAge) {
            this.childUnderAge = childUnderAge;
        }

        public LocalDate getSafeThirdCountryFrom() {
            return safeThirdCountryFrom;
        }

        public void setSafeThirdCountryFrom(LocalDate safeThirdCountryFrom) {
            this.safeThirdCountryFrom = safeThirdCountryFrom;
        }

        public LocalDate getNoRegrantFrom() {
            return noRegrantFrom;
        }

        public void setNoRegrantFrom(LocalDate noRegrantFrom) {
            this.noRegrantFrom = noRegrantFrom;
        }

        public LocalDate getSafeOblastsFrom() {
            return safeOblastsFrom;
        }

        public void setSafeOblastsFrom(LocalDate safeOblastsFrom) {
            this.safeOblastsFrom = safeOblastsFrom;
        }

        public Set<UkrainianOblast> getSafeOblasts() {
            return safeOblasts;
        }

        public void setSafeOblasts(Set<UkrainianOblast> safeOblasts) {
            this.safeOblasts = safeOblasts;
        }

        public Set<String> getSafeThirdCountries() {
            return safeThirdCountries;
        }

        public void setSafeThirdCountries(Set<String> safeThirdCountries) {
            this.safeThirdCountries = safeThirdCountries;
        }
    }
}
