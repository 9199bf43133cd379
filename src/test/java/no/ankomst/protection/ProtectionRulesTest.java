package no.ankomst.protection;

import static no.ankomst.protection.ScreeningEngineTest.date;
import static no.ankomst.protection.ScreeningEngineTest.fled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The dated rules are data: change the configuration and the same facts get different advice. */
class ProtectionRulesTest {

    private static final ProtectionRules LAW = ProtectionRules.CURRENT_LAW;

    private static ProtectionRules with(int holidayMaxDays, LocalDate safeOblastsFrom, Set<UkrainianOblast> safe) {
        return new ProtectionRules(LAW.cutOff(), holidayMaxDays, LAW.legalResidenceMonths(),
                LAW.leftShortlyBeforeDays(), LAW.childUnderAge(), LAW.safeThirdCountryFrom(), LAW.noRegrantFrom(),
                safeOblastsFrom, safe, LAW.safeThirdCountries());
    }

    @Test
    void a_longer_holiday_allowance_lets_a_longer_stay_abroad_qualify() {
        ScreeningFacts hundredDaysAbroad = fled(date("2022-03-20")).leftUkraineOn(date("2021-11-16")).build();

        assertThat(new ScreeningEngine(LAW).screen(hundredDaysAbroad).outcome())
                .isEqualTo(ScreeningOutcome.INDIVIDUAL_ASSESSMENT);
        assertThat(new ScreeningEngine(with(120, LAW.safeOblastsFrom(), LAW.safeOblasts())).screen(hundredDaysAbroad)
                .ground()).isEqualTo(EligibilityGround.SHORT_STAY_ABROAD);
    }

    @Test
    void moving_the_safe_oblast_date_moves_the_outcome() {
        ScreeningFacts fromLviv = fled(date("2024-10-01")).oblast(UkrainianOblast.LVIV).build();

        assertThat(new ScreeningEngine(LAW).screen(fromLviv).outcome()).isEqualTo(ScreeningOutcome.INDIVIDUAL_ASSESSMENT);
        assertThat(new ScreeningEngine(with(90, date("2025-01-01"), LAW.safeOblasts())).screen(fromLviv).outcome())
                .isEqualTo(ScreeningOutcome.LIKELY_QUALIFIES);
    }

    @Test
    void rating_another_oblast_safe_sends_its_people_to_individual_assessment() {
        ScreeningFacts fromKyiv = fled(date("2025-02-01")).oblast(UkrainianOblast.KYIV).build();
        EnumSet<UkrainianOblast> more = EnumSet.copyOf(LAW.safeOblasts());
        more.add(UkrainianOblast.KYIV);

        assertThat(new ScreeningEngine(LAW).screen(fromKyiv).outcome()).isEqualTo(ScreeningOutcome.LIKELY_QUALIFIES);
        assertThat(new ScreeningEngine(with(90, LAW.safeOblastsFrom(), more)).screen(fromKyiv).outcome())
                .isEqualTo(ScreeningOutcome.INDIVIDUAL_ASSESSMENT);
    }

    @Test
    void a_rule_change_before_the_cut_off_is_refused() {
        assertThatThrownBy(() -> with(90, date("2021-01-01"), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_configuration_the_rules_are_todays_law() {
        new ApplicationContextRunner().withUserConfiguration(ProtectionRulesConfiguration.class)
                .run(context -> assertThat(context.getBean(ProtectionRules.class)).isEqualTo(LAW));
    }

    @Test
    void the_configuration_binds_dates_numbers_and_oblasts() {
        new ApplicationContextRunner().withUserConfiguration(ProtectionRulesConfiguration.class)
                .withPropertyValues("ankomst.protection.rules.safe-oblasts-from=2025-01-01",
                        "ankomst.protection.rules.holiday-max-days=120",
                        "ankomst.protection.rules.safe-oblasts=LVIV,KYIV")
                .run(context -> {
                    ProtectionRules rules = context.getBean(ProtectionRules.class);
                    assertThat(rules.safeOblastsFrom()).isEqualTo(date("2025-01-01"));
                    assertThat(rules.holidayMaxDays()).isEqualTo(120);
                    assertThat(rules.safeOblasts()).containsExactlyInAnyOrder(UkrainianOblast.LVIV, UkrainianOblast.KYIV);
                    assertThat(rules.cutOff()).isEqualTo(LAW.cutOff());
                    assertThat(context.getBean(ScreeningEngine.class).rules()).isSameAs(rules);
                });
    }

    @Test
    void a_reason_survives_storage_with_its_arguments() {
        ScreeningReason reason = ScreeningReason.of("screening.reason.safeOblast",
                new ScreeningReason.Key("oblast.LVIV"), date("2024-09-27"), 90);

        assertThat(ScreeningReason.decode(reason.encode())).isEqualTo(reason);
    }
}
