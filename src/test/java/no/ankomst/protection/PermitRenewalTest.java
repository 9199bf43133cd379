package no.ankomst.protection;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ValidationException.Violation;
import no.ankomst.base.WorklistItem;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.Grant;
import no.ankomst.protection.ProtectionCaseRecords.Renewal;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
class PermitRenewalTest {

    @Autowired
    ProtectionCaseService cases;
    @Autowired
    PermitWorklist worklist;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationContext context;

    private CaseFixtures fixtures;
    @Autowired
    Clock clock;

    /** Today on the app's clock (Oslo), not the JVM's zone: they differ for hours each day elsewhere. */
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        today = LocalDate.now(clock);
        fixtures = new CaseFixtures(db, context);
    }

    /** A person at the staff's site granted a permit from {@code from}, through {@code to}. */
    private CaseDetail granted(LocalDate from, @Nullable LocalDate to) {
        return granted(fixtures.personAt(CaseFixtures.RADE), from, to);
    }

    private CaseDetail granted(long person, LocalDate from, @Nullable LocalDate to) {
        LocalDate registered = from.minusDays(30);
        long id = cases.open(person, registered, "registered");
        cases.changeState(id, 0, new StateChange(CaseState.SENT_TO_UDI, registered, "sent", null, null));
        cases.changeState(id, 1, new StateChange(CaseState.IN_PROCESSING, registered, "automatic", null,
                ProcessingTrack.AUTOMATIC));
        cases.grant(id, 2, new Grant(from, "decision", from, to, ResidenceCardStatus.ISSUED, null, null, null));
        return cases.caseOf(person).orElseThrow();
    }

    private CaseDetail renew(CaseDetail c) {
        cases.renew(c.id(), c.version(), new Renewal(today, "renewed by UDI", null));
        return cases.caseOf(c.personId()).orElseThrow();
    }

    @Test
    void a_permit_is_renewed_one_year_at_a_time_up_to_the_maximum_and_refused_past_it() {
        LocalDate first = today.minusYears(5).plusDays(10);
        CaseDetail c = granted(first, first.plusYears(1).minusDays(1));
        for (int year = 1; year <= 4; year++) {
            c = renew(c);
            assertThat(c.permitTo()).isEqualTo(first.plusYears(year + 1).minusDays(1));
        }
        assertThat(c.permits()).extracting(p -> p.validFrom(), p -> p.renewal())
                .containsExactly(tuple(first, false), tuple(first.plusYears(1), true), tuple(first.plusYears(2), true),
                        tuple(first.plusYears(3), true), tuple(first.plusYears(4), true));
        CaseDetail full = c;

        assertThatThrownBy(() -> cases.renew(full.id(), full.version(), new Renewal(today, "again", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey, Violation::args)
                        .containsExactly(tuple("permitTo", "validation.permit.maximumReached", List.of(5))));
        assertThat(cases.caseOf(c.personId()).orElseThrow().permits()).hasSize(5);
    }

    @Test
    void a_permit_from_the_29th_of_february_runs_a_full_year_and_is_renewed_up_to_the_fifth_anniversary() {
        CaseDetail c = granted(LocalDate.of(2024, 2, 29), null);
        assertThat(c.permitTo()).isEqualTo(LocalDate.of(2025, 2, 28));

        for (int i = 0; i < 4; i++) {
            c = renew(c);
        }

        assertThat(c.permits()).extracting(p -> p.validFrom(), p -> p.validTo()).containsExactly(
                tuple(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)),
                tuple(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28)),
                tuple(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)),
                tuple(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)),
                tuple(LocalDate.of(2028, 3, 1), LocalDate.of(2029, 2, 28)));
    }

    @Test
    void a_citizen_of_a_safe_third_country_is_renewed_before_1_march_2024_and_refused_from_that_day() {
        long person = citizenOf(fixtures.personAt(CaseFixtures.RADE), "UA", "SE");
        CaseDetail c = renew(granted(person, LocalDate.of(2023, 2, 28), null)); // renewal from 2024-02-28
        assertThat(c.permits().getLast().validFrom()).isEqualTo(LocalDate.of(2024, 2, 28));
        CaseDetail renewed = c;

        assertThatThrownBy(() -> cases.renew(renewed.id(), renewed.version(), new Renewal(today, "again", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey, Violation::args)
                        .containsExactly(tuple("citizenships", "validation.permit.safeThirdCountry",
                                List.of(LocalDate.of(2024, 3, 1)))));
        assertThat(cases.caseOf(person).orElseThrow().permits()).hasSize(2);
    }

    @Test
    void a_renewal_starting_on_1_march_2024_is_refused_for_a_citizen_of_a_safe_third_country() {
        CaseDetail c = granted(citizenOf(fixtures.personAt(CaseFixtures.RADE), "UA", "HU"),
                LocalDate.of(2023, 3, 1), null); // ends 2024-02-29

        assertThatThrownBy(() -> renew(c)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::ruleKey)
                        .containsExactly("validation.permit.safeThirdCountry"));
    }

    @Test
    void family_of_a_holder_without_such_citizenship_is_still_renewed() {
        long household = fixtures.household();
        granted(citizenOf(fixtures.personAt(CaseFixtures.RADE, household, "HEAD"), "UA"),
                LocalDate.of(2023, 3, 1), null);
        CaseDetail spouse = granted(citizenOf(fixtures.personAt(CaseFixtures.RADE, household, "SPOUSE"), "UA", "US"),
                LocalDate.of(2023, 3, 1), null);

        assertThat(renew(spouse).permits()).extracting(p -> p.validFrom())
                .containsExactly(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1));
    }

    private long citizenOf(long person, String... countries) {
        db.update(PERSON).set(PERSON.CITIZENSHIPS, countries).where(PERSON.ID.eq(person)).execute();
        return person;
    }

    @Test
    void a_renewal_longer_than_a_year_or_past_the_maximum_is_refused() {
        LocalDate first = today.minusYears(4).plusDays(100);
        CaseDetail c = granted(first, first.plusYears(1).minusDays(1));
        LocalDate next = first.plusYears(1);

        assertThatThrownBy(() -> cases.renew(c.id(), c.version(), new Renewal(today, "too long", next.plusYears(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("permitTo", "validation.permit.renewalLongerThanAYear")));
        assertThatThrownBy(() -> cases.renew(c.id(), c.version(), new Renewal(today, "backwards", next.minusDays(1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleKey)
                        .containsExactly(tuple("permitTo", "validation.permit.endsBeforeStart")));
        assertThat(cases.caseOf(c.personId()).orElseThrow().permits()).hasSize(1);
    }

    @Test
    void an_open_case_has_no_permit_to_renew() {
        long person = fixtures.personAt(CaseFixtures.RADE);
        long id = cases.open(person, today, "registered");

        assertThatThrownBy(() -> cases.renew(id, 0, new Renewal(today, "renew", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::ruleKey).containsExactly("validation.permit.notGranted"));
    }

    @Test
    void permits_expiring_soon_are_listed_and_an_expired_one_is_flagged_on_the_worklist() {
        int expiredBefore = cases.count(new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, null, true, true));
        CaseDetail soon = granted(today.minusYears(1).plusDays(30), today.plusDays(29));
        CaseDetail later = granted(today.minusDays(10), today.plusDays(300));
        CaseDetail expired = granted(today.minusYears(1).minusDays(5), today.minusDays(6));

        assertThat(cases.expiringPermits(500)).extracting(CaseRow::caseId)
                .contains(soon.id()).doesNotContain(later.id(), expired.id());
        assertThat(soon.workStatus()).isEqualTo(WorkStatus.WORK_ALLOWED);
        assertThat(expired.workStatus()).isEqualTo(WorkStatus.PERMIT_EXPIRED);
        assertThat(cases.page(new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, null, true),
                ProtectionCaseRecords.CaseSort.NAME, 0, 500, null)).extracting(CaseRow::caseId).contains(expired.id())
                .doesNotContain(soon.id(), later.id());
        assertThat(worklist.itemsForCurrentUser()).filteredOn(i -> i.labelKey().equals("worklist.permitExpired"))
                .singleElement().satisfies(item -> {
                    assertThat(item.count()).isEqualTo(expiredBefore + 1);
                    assertThat(item.route()).isEqualTo("cases?expired=true&present=true");
                    assertThat(item.severity()).isEqualTo(WorklistItem.Severity.ERROR);
                });

        // renewed: no longer flagged
        cases.renew(expired.id(), expired.version(), new Renewal(today, "late renewal", null));
        assertThat(cases.caseOf(expired.personId()).orElseThrow().workStatus()).isEqualTo(WorkStatus.WORK_ALLOWED);
        assertThat(cases.count(new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, null, true, true)))
                .isEqualTo(expiredBefore);
    }
}
