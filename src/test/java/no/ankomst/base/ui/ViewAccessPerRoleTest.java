package no.ankomst.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import no.ankomst.AnkomstTest;
import no.ankomst.audit.ui.AuditView;
import no.ankomst.security.ui.UserAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees only what it may open, and a typed URL to anything else is refused. */
@AnkomstTest
class ViewAccessPerRoleTest extends SpringBrowserlessTest {

    private List<String> menu() {
        SideNav nav = $(SideNav.class).id("main-nav");
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    private String text(String id) {
        return $(Span.class).id(id).getText();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_users_sites_audit_and_jobs_and_can_open_them() {
        assertThat(menu()).containsExactly("", "residents", "cases", "schooling/children", "occupancy", "admin/units",
                "health/clinics", "settlement/pipeline", "settlement/quotas", "admin/users", "admin/sites", "admin/audit", "admin/jobs", "admin/schools",
                "admin/tb-incidence");
        assertThat(navigate(UserAdminView.class)).isNotNull();
        assertThat(navigate(AuditView.class)).isNotNull();
    }

    @Test
    @WithUserDetails("staff")
    void centre_staff_see_their_name_role_and_site_the_worklist_and_their_sites_occupancy_and_units() {
        assertThat(menu()).containsExactly("", "residents", "cases", "schooling/children", "health/tb", "occupancy",
                "admin/units", "reports", "settlement/pipeline");
        assertThat(text("user-name")).isEqualTo("Sindre Mottaksansatt");
        assertThat(text("user-role")).contains("Nasjonalt ankomstsenter Råde");
    }

    @Test
    @WithUserDetails("staff")
    void a_typed_admin_url_is_refused_for_centre_staff() {
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void a_coordinator_sees_the_municipality_as_scope() {
        assertThat(text("user-role")).contains("Oslo");
        assertThat(menu()).doesNotContain("admin/users", "occupancy");
    }

    @Test
    @WithUserDetails("officer")
    void a_settlement_officer_sees_their_counties_as_scope_and_no_residents_or_administration() {
        assertThat(text("user-role")).contains("Østfold", "Oslo");
        assertThat(menu()).containsExactly("", "settlement/proposals", "settlement/pipeline", "settlement/quotas");
        assertThat(menu()).doesNotContain("admin/users", "residents", "occupancy");
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }

    @Test
    @WithUserDetails("manager")
    void a_manager_is_refused_user_administration() {
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }
}
