package no.ankomst.schooling;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Binds {@code ankomst.schooling.rules.*} (application.properties lists them) to {@link SchoolingRules}; whatever
 * is not configured is {@link SchoolingRules#CURRENT_LAW}. {@code school-year-ends} is month-day, e.g. {@code 06-30}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties
class SchoolingRulesConfiguration {

    @Bean
    @ConfigurationProperties("ankomst.schooling.rules")
    Settings schoolingRulesSettings() {
        return new Settings(SchoolingRules.CURRENT_LAW);
    }

    @Bean
    SchoolingRules schoolingRules(Settings settings) {
        return settings.toRules();
    }

    /** The mutable form Spring binds properties to; {@link SchoolingRules} checks the values. */
    static final class Settings {
        private int schoolStartAge;
        private int schoolEndAge;
        private String schoolYearEnds;
        private int startByMonths;
        private int temporaryStartByMonths;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate temporaryFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate temporaryUntil;
        private int soonLateDays;
        private int kindergartenFromAge;
        private int kindergartenToAge;
        private int activityFromAge;
        private int activityMinHours;
        private int activityGapDays;

        Settings(SchoolingRules d) {
            schoolStartAge = d.schoolStartAge();
            schoolEndAge = d.schoolEndAge();
            schoolYearEnds = String.format("%02d-%02d", d.schoolYearEnds().getMonthValue(),
                    d.schoolYearEnds().getDayOfMonth());
            startByMonths = d.startByMonths();
            temporaryStartByMonths = d.temporaryStartByMonths();
            temporaryFrom = d.temporaryFrom();
            temporaryUntil = d.temporaryUntil();
            soonLateDays = d.soonLateDays();
            kindergartenFromAge = d.kindergartenFromAge();
            kindergartenToAge = d.kindergartenToAge();
            activityFromAge = d.activityFromAge();
            activityMinHours = d.activityMinHours();
            activityGapDays = d.activityGapDays();
        }

        SchoolingRules toRules() {
            return new SchoolingRules(schoolStartAge, schoolEndAge, MonthDay.parse("--" + schoolYearEnds),
                    startByMonths, temporaryStartByMonths, temporaryFrom, temporaryUntil, soonLateDays,
                    kindergartenFromAge, kindergartenToAge, activityFromAge, activityMinHours, activityGapDays);
        }

        public int getSchoolStartAge() { return schoolStartAge; }
        public void setSchoolStartAge(int v) { schoolStartAge = v; }
        public int getSchoolEndAge() { return schoolEndAge; }
        public void setSchoolEndAge(int v) { schoolEndAge = v; }
        public String getSchoolYearEnds() { return schoolYearEnds; }
        public void setSchoolYearEnds(String v) { schoolYearEnds = v; }
        public int getStartByMonths() { return startByMonths; }
        public void setStartByMonths(int v) { startByMonths = v; }
        public int getTemporaryStartByMonths() { return temporaryStartByMonths; }
        public void setTemporaryStartByMonths(int v) { temporaryStartByMonths = v; }
        public LocalDate getTemporaryFrom() { return temporaryFrom; }
        public void setTemporaryFrom(LocalDate v) { temporaryFrom = v; }
        public LocalDate getTemporaryUntil() { return temporaryUntil; }
        public void setTemporaryUntil(LocalDate v) { temporaryUntil = v; }
        public int getSoonLateDays() { return soonLateDays; }
        public void setSoonLateDays(int v) { soonLateDays = v; }
        public int getKindergartenFromAge() { return kindergartenFromAge; }
        public void setKindergartenFromAge(int v) { kindergartenFromAge = v; }
        public int getKindergartenToAge() { return kindergartenToAge; }
        public void setKindergartenToAge(int v) { kindergartenToAge = v; }
        public int getActivityFromAge() { return activityFromAge; }
        public void setActivityFromAge(int v) { activityFromAge = v; }
        public int getActivityMinHours() { return activityMinHours; }
        public void setActivityMinHours(int v) { activityMinHours = v; }
        public int getActivityGapDays() { return activityGapDays; }
        public void setActivityGapDays(int v) { activityGapDays = v; }
    }
}
