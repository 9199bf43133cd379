package no.ankomst.security;

import static no.ankomst.db.Tables.APP_USER;
import static no.ankomst.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.base.PageRequest;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.residents.Sex;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.UserFilter;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class SystemWorkTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ResidentTestData data;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService logins;
    @Autowired
    DSLContext db;

    private static NewResident newcomer(String surname) {
        return new NewResident(surname, "Olena", null, null, LocalDate.of(1990, 5, 5), Sex.FEMALE, List.of("UA"),
                List.of(), null, Set.of(), null, LocalDate.of(2026, 3, 1), null, null, null, null, null, null, false,
                null);
    }

    @Test
    void with_nobody_signed_in_a_service_refuses_but_a_job_reads_residents_at_every_site() {
        String surname = ResidentTestData.surname();
        data.plainHead(surname, "Iryna", LocalDate.of(1980, 1, 1), ResidentTestData.HAUGESUND);
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> residents.search(surname, 10)).isInstanceOf(AccessDeniedException.class);
        List<ResidentRow> found = SystemWork.call("nightly-count", () -> residents.search(surname, 10));

        assertThat(found).extracting(ResidentRow::familyName).contains(surname);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("nobody again afterwards").isNull();
    }

    @Test
    void a_job_does_what_it_declared_and_its_audit_row_names_it_as_system() {
        String surname = ResidentTestData.surname();

        long personId = SystemWork.as("test-intake", Capability.REGISTER)
                .call(() -> residents.register(newcomer(surname))).personId();

        assertThat(db.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(personId)).and(AUDIT_EVENT.ACTION.eq("RESIDENT_REGISTERED")))
                .fetch(AUDIT_EVENT.ACTOR)).containsExactly("system:test-intake");
    }

    @Test
    void a_job_may_not_do_what_it_did_not_declare_nor_what_a_role_is_needed_for() {
        assertThatThrownBy(() -> SystemWork.run("reader", () -> residents.register(newcomer(ResidentTestData.surname()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemWork.as("test-intake", Capability.values())
                .run(() -> users.page(UserFilter.all(), new PageRequest(0, 10, List.of()))))
                .as("user administration is for the administrator role, which no job holds")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void the_signed_in_user_is_back_after_system_work_even_when_it_failed() {
        assertThatThrownBy(() -> SystemWork.run("failing", () -> {
            assertThat(currentUser.get()).isEmpty();
            assertThat(currentUser.actorName()).isEqualTo("system:failing");
            throw new IllegalStateException("the job broke");
        })).hasMessage("the job broke");

        assertThat(currentUser.get()).map(SignedInUser::getUsername).contains("staff");
    }

    @Test
    void the_system_principal_is_no_user_row_and_no_login_can_become_it() {
        SystemWork.as("tb-booking", Capability.SCREEN).run(() -> assertThat(currentUser.actorName())
                .isEqualTo("system:tb-booking"));

        assertThat(db.fetchExists(APP_USER, APP_USER.USERNAME.like("system:%"))).isFalse();
        assertThatThrownBy(() -> logins.loadUserByUsername("system:tb-booking"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> data.as("admin", () -> users.create(new NewUser("system:tb-booking", "Not a job",
                Role.ADMIN, Set.of(), null, "a-long-enough-password-2026"))))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::ruleKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("username", "validation.username")));
    }

    @Test
    void a_job_name_is_a_plain_name() {
        assertThatThrownBy(() -> SystemWork.as("TB booking")).isInstanceOf(IllegalArgumentException.class);
    }
}
