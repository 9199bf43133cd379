package no.ankomst.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.NewSite;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.SiteType;
import no.ankomst.audit.AuditFilter;
import no.ankomst.audit.AuditService;
import no.ankomst.base.PageRequest;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.UserFilter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each role may do is enforced in the services, not only by hiding menu items. */
@AnkomstTest
class SecurityPerRoleTest {

    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    SiteService sites;

    private void assertNoUserOrAuditAdministration() {
        assertThatThrownBy(() -> users.page(UserFilter.all(), new PageRequest(0, 10, java.util.List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewUser("intruder", "Intruder", Role.ADMIN, Set.of(), null,
                "long-enough-password"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.page(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.create(new NewSite("Intruder site", SiteType.ORDINARY_CENTRE, "0301", null,
                null, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Nested
    @WithUserDetails("admin")
    class Administrator {
        @Test
        void manages_users_reads_the_audit_trail_and_sees_every_site() {
            assertThat(users.count(UserFilter.all())).isGreaterThanOrEqualTo(5);
            assertThat(audit.page(AuditFilter.none(), 0, 10)).isNotEmpty();
            assertThat(sites.visibleSites()).hasSizeGreaterThanOrEqualTo(6);
        }
    }

    @Nested
    @WithUserDetails("manager")
    class Manager {
        @Test
        void reads_every_site_but_administers_nothing() {
            assertThat(sites.visibleSites()).hasSizeGreaterThanOrEqualTo(6);
            assertNoUserOrAuditAdministration();
        }
    }

    @Nested
    @WithUserDetails("staff")
    class CentreStaff {
        @Test
        void sees_only_their_own_site() {
            assertThat(sites.visibleSites()).extracting(SiteRow::name)
                    .containsExactly("Nasjonalt ankomstsenter Råde");
            assertNoUserOrAuditAdministration();
        }
    }

    @Nested
    @WithUserDetails("health")
    class HealthStaff {
        @Test
        void sees_only_their_two_sites() {
            assertThat(sites.visibleSites()).extracting(SiteRow::name)
                    .containsExactlyInAnyOrder("Haugesund mottak", "Oslo akuttinnkvartering Alna");
            assertNoUserOrAuditAdministration();
        }
    }

    @Nested
    @WithUserDetails("coordinator")
    class SettlementCoordinator {
        @Test
        void sees_no_reception_sites_and_administers_nothing() {
            assertThat(sites.visibleSites()).isEmpty();
            assertNoUserOrAuditAdministration();
        }
    }
}
