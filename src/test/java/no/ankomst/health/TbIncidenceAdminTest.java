package no.ankomst.health;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Administrators keep the dated incidence list: a change ends the country's open entry on the day and starts the
 * new class there, so a person's class changes on that day and not before. Uses Chile, on no other test's list,
 * far in the future, and starts after whatever an earlier run left, so it can run again on the same database.
 */
@AnkomstTest
class TbIncidenceAdminTest {

    private static final String CHILE = "CL";
    private static final LocalDate EARLIEST = LocalDate.of(2031, 1, 1);

    @Autowired
    TbIncidenceService incidences;
    @Autowired
    TbIncidenceRepository repository;
    @Autowired
    DSLContext db;

    private LocalDate nextFreeDay() {
        LocalDate day = EARLIEST;
        for (IncidenceRow row : incidences.list(CHILE)) {
            LocalDate end = row.validTo() == null ? row.validFrom() : row.validTo();
            if (!end.isBefore(day)) {
                day = end.plusDays(1);
            }
        }
        return day;
    }

    private Incidence classOn(long personId, LocalDate day) {
        return repository.incidenceOf(Set.of(personId), day).get(personId);
    }

    @Test
    @WithUserDetails("admin")
    void a_new_class_holds_from_its_day_and_the_old_one_until_the_day_before() {
        long chilean = new TbFixtures(db).person(null, LocalDate.of(1990, 5, 5), CHILE);
        LocalDate from = nextFreeDay();
        Incidence before = classOn(chilean, from.minusDays(1));
        Incidence after = before == Incidence.HIGH ? Incidence.VERY_HIGH : Incidence.HIGH;

        incidences.change(CHILE.toLowerCase(), after, from);

        assertThat(classOn(chilean, from.minusDays(1))).isEqualTo(before);
        assertThat(classOn(chilean, from)).isEqualTo(after);
        List<IncidenceRow> rows = incidences.list(CHILE);
        assertThat(rows).filteredOn(row -> row.validTo() == null).singleElement()
                .satisfies(row -> assertThat(row.validFrom()).isEqualTo(from))
                .satisfies(row -> assertThat(row.incidence()).isEqualTo(after));
        assertThat(rows).extracting(IncidenceRow::country).containsOnly(CHILE);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("TB_INCIDENCE_CHANGED"),
                AUDIT_EVENT.SUMMARY.eq(CHILE + " " + before + " -> " + after + " from " + from))).isEqualTo(1);

        LocalDate low = from.plusDays(10);
        incidences.change(CHILE, Incidence.LOW, low);

        assertThat(classOn(chilean, low.minusDays(1))).isEqualTo(after);
        assertThat(classOn(chilean, low)).isEqualTo(Incidence.LOW);
        assertThat(incidences.list(CHILE)).noneMatch(row -> row.validTo() == null);
    }

    @Test
    @WithUserDetails("admin")
    void a_change_starting_on_or_before_the_open_entry_is_refused() {
        LocalDate from = nextFreeDay();
        incidences.change(CHILE, Incidence.HIGH, from);

        assertThatThrownBy(() -> incidences.change(CHILE, Incidence.VERY_HIGH, from))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("validFrom");
                            assertThat(v.ruleKey()).isEqualTo("validation.incidence.overlaps");
                        }));
        assertThat(incidences.list(CHILE)).filteredOn(row -> row.validTo() == null).singleElement()
                .satisfies(row -> assertThat(row.incidence()).isEqualTo(Incidence.HIGH));
    }

    @Test
    @WithUserDetails("admin")
    void an_unknown_country_code_and_a_missing_day_are_refused_naming_the_fields() {
        assertThatThrownBy(() -> incidences.change("XX", Incidence.HIGH, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.ruleKey())
                        .containsExactlyInAnyOrder("country:validation.country.unknown",
                                "validFrom:validation.required"));
        assertThat(incidences.list("XX")).isEmpty();
    }

    @Test
    @WithUserDetails("health")
    void health_staff_read_the_list_but_may_not_change_it() {
        assertThat(incidences.list("UA")).isNotEmpty();
        assertThatThrownBy(() -> incidences.change(CHILE, Incidence.HIGH, nextFreeDay()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_neither_reads_nor_changes_the_list() {
        assertThatThrownBy(() -> incidences.list(CHILE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidences.change(CHILE, Incidence.HIGH, EARLIEST))
                .isInstanceOf(AccessDeniedException.class);
    }
}
