package no.ankomst.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.security.Role;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserService;
import no.ankomst.settlement.DwellingRecords.DwellingForm;
import no.ankomst.settlement.DwellingRecords.DwellingState;
import no.ankomst.settlement.QuotaRecords.DecisionForm;
import no.ankomst.settlement.QuotaRecords.QuotaRow;
import no.ankomst.settlement.QuotaRecords.RequestForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The officer's requests, the coordinator's decisions and dwellings, each within scope. */
@AnkomstTest
class QuotaAndDwellingTest {

    private static final AtomicInteger YEARS = new AtomicInteger((int) (System.nanoTime() % 30));
    private static final String OSLO = "0301";
    private static final String SARPSBORG = "3105";
    private static final String BERGEN = "4601";

    @Autowired
    QuotaService quotas;
    @Autowired
    DwellingService dwellings;
    @Autowired
    UserService users;
    @Autowired
    ResidentTestData data;
    @Autowired
    Clock clock;

    /** A year no other test uses, so the once-a-year rule never meets an earlier run's row. */
    private static int freshYear() {
        return 2040 + YEARS.incrementAndGet() % 60;
    }

    private QuotaRow row(String user, int year, String code) {
        return data.as(user, () -> quotas.page(year, 0, 400)).stream()
                .filter(r -> r.municipalityCode().equals(code)).findFirst().orElseThrow();
    }

    private static String firstField(ValidationException e) {
        return e.violations().getFirst().field();
    }

    @Test
    void the_officer_requests_the_coordinator_decides_and_both_see_what_is_left() {
        int year = freshYear();
        data.as("officer", () -> quotas.recordRequest(new RequestForm(OSLO, year, null, 120, 10, "yearly letter")));
        int version = row("coordinator", year, OSLO).version();

        data.as("coordinator", () -> quotas.recordDecision(new DecisionForm(OSLO, year, version, 100, 8,
                LocalDate.now(clock))));

        QuotaRow seen = row("officer", year, OSLO);
        assertThat(seen.requestedPersons()).isEqualTo(120);
        assertThat(seen.decidedPersons()).isEqualTo(100);
        assertThat(seen.decidedMinors()).isEqualTo(8);
        assertThat(seen.left()).isEqualTo(100);
    }

    @Test
    void each_role_lists_only_its_municipalities() {
        int year = freshYear();
        assertThat(data.as("coordinator", () -> quotas.page(year, 0, 400)))
                .extracting(QuotaRow::municipalityCode).containsExactly(OSLO);
        assertThat(data.as("officer", () -> quotas.page(year, 0, 400)))
                .extracting(QuotaRow::municipalityCode).contains(OSLO, SARPSBORG).doesNotContain(BERGEN);
        assertThat(data.as("officer", () -> quotas.count())).isEqualTo(13);
        assertThat(data.as("manager", () -> quotas.count())).isEqualTo(357);
        assertThatThrownBy(() -> data.as("staff", () -> quotas.count())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_municipality_outside_ones_scope_is_refused() {
        int year = freshYear();
        assertThatThrownBy(() -> data.as("officer", () -> quotas.recordRequest(
                new RequestForm(BERGEN, year, null, 10, 0, null)))).isInstanceOf(AccessDeniedException.class);
        data.as("officer", () -> quotas.recordRequest(new RequestForm(SARPSBORG, year, null, 10, 0, null)));
        assertThatThrownBy(() -> data.as("coordinator", () -> quotas.recordDecision(
                new DecisionForm(SARPSBORG, year, 0, 5, 0, LocalDate.now(clock)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as("coordinator", () -> quotas.recordRequest(
                new RequestForm(OSLO, year, null, 10, 0, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_numbers_a_decision_without_a_request_and_a_stale_edit_are_refused() {
        int year = freshYear();
        assertThatThrownBy(() -> data.as("officer", () -> quotas.recordRequest(
                new RequestForm(OSLO, year, null, -1, 0, null))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(firstField(e)).isEqualTo("requestedPersons"));
        assertThatThrownBy(() -> data.as("coordinator", () -> quotas.recordDecision(
                new DecisionForm(OSLO, year, 0, 5, 0, LocalDate.now(clock)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().getFirst().ruleKey())
                        .isEqualTo("validation.quota.noRequest"));
        data.as("officer", () -> quotas.recordRequest(new RequestForm(OSLO, year, null, 50, 0, null)));
        assertThatThrownBy(() -> data.as("coordinator", () -> quotas.recordDecision(
                new DecisionForm(OSLO, year, 0, 40, 0, LocalDate.now(clock).plusDays(1)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(firstField(e)).isEqualTo("decidedOn"));
        data.as("officer", () -> quotas.recordRequest(new RequestForm(OSLO, year, 0, 60, 0, null)));
        assertThatThrownBy(() -> data.as("officer", () -> quotas.recordRequest(
                new RequestForm(OSLO, year, 0, 70, 0, null)))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> data.as("officer", () -> quotas.recordRequest(
                new RequestForm(OSLO, year, null, 70, 0, null)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_coordinator_offers_changes_and_withdraws_their_own_dwellings_only() {
        DwellingForm flat = new DwellingForm(null, null, "Storgata 1, 2 roms", 2, 3, true, LocalDate.now(clock));
        long id = data.as("coordinator", () -> dwellings.offer(flat));
        var row = data.as("coordinator", () -> dwellings.page(false, 0, 500)).stream()
                .filter(d -> d.id() == id).findFirst().orElseThrow();
        assertThat(row.municipalityCode()).isEqualTo(OSLO);
        data.as("coordinator", () -> dwellings.change(new DwellingForm(id, row.version(), "Storgata 1", 3, 4, true,
                row.availableFrom())));
        assertThatThrownBy(() -> data.as("coordinator", () -> dwellings.change(new DwellingForm(id, row.version(),
                "Storgata 1", 3, 4, true, row.availableFrom())))).isInstanceOf(ConflictException.class);

        String bergen = "coord-bergen-" + System.nanoTime() % 1_000_000;
        data.as("admin", () -> users.create(new NewUser(bergen, "Berit Bergen", Role.SETTLEMENT_COORDINATOR, Set.of(),
                BERGEN, "bergen-coordinator-2026")));
        assertThatThrownBy(() -> data.as(bergen, () -> dwellings.withdraw(id, row.version() + 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.as(bergen, () -> dwellings.page(true, 0, 500))).noneMatch(d -> d.id() == id);
        assertThatThrownBy(() -> data.as("officer", () -> dwellings.offer(flat)))
                .isInstanceOf(AccessDeniedException.class);

        data.as("coordinator", () -> dwellings.withdraw(id, row.version() + 1));
        assertThat(data.as("coordinator", () -> dwellings.page(true, 0, 500))).filteredOn(d -> d.id() == id)
                .singleElement().extracting(d -> d.state()).isEqualTo(DwellingState.WITHDRAWN);
    }

    @Test
    void a_dwelling_without_rooms_is_refused_naming_the_field_and_services_are_need_codes() {
        assertThatThrownBy(() -> data.as("coordinator", () -> dwellings.offer(new DwellingForm(null, null, "Flat",
                null, 2, false, LocalDate.now(clock)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(firstField(e)).isEqualTo("rooms"));
        assertThatThrownBy(() -> data.as("coordinator", () -> dwellings.setServices(Set.of("DIALYSIS_UNIT"))))
                .isInstanceOf(ValidationException.class);
        data.as("coordinator", () -> dwellings.setServices(Set.of("HOME_CARE", "ACCESSIBLE_TRANSPORT")));
        assertThat(data.as("coordinator", () -> dwellings.services()))
                .containsExactlyInAnyOrder("HOME_CARE", "ACCESSIBLE_TRANSPORT");
    }
}
