package no.ankomst.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import no.ankomst.residents.ui.ResidentDetailView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A typed address to a person or household outside one's scope, one that does not exist and a malformed one
 * all end on the same calm page, which neither shows a stack trace nor tells whether the person exists.
 */
@AnkomstTest
@WithUserDetails("staff")
class TypedAddressesTest extends SpringBrowserlessTest {

    private static final String NOBODY = "987654321987";
    private static final List<String> MALFORMED = List.of("abc", "99999999999999999999", "-5", "0", "1e3");

    @Autowired
    ResidentTestData data;

    private String surname;
    private ResidentService.Registered elsewhere;

    @BeforeEach
    void aPersonAtASiteTheStaffUserDoesNotWorkAt() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        surname = ResidentTestData.surname();
        elsewhere = data.head(surname, "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.HAUGESUND);
    }

    /** What the user sees after typing the address; the view's text, in which no person may appear. */
    private String open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, query),
                    QueryParameters.fromString(address.substring(query + 1)));
        }
        return getCurrentView().getElement().getTextRecursively();
    }

    private void assertAllTheSameNotFoundPage(Map<String, String> pages) {
        String expected = open("residents/person/" + NOBODY);
        assertThat(expected).contains("Not found, or not yours to see").doesNotContain(surname)
                .doesNotContainIgnoringCase("exception");
        assertThat(pages).allSatisfy((address, page) -> assertThat(page).as(address).isEqualTo(expected));
    }

    private Map<String, String> openAll(String pattern, String outOfScope) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String id : concat(outOfScope)) {
            String address = pattern.formatted(id);
            pages.put(address, open(address));
        }
        return pages;
    }

    private static List<String> concat(String outOfScope) {
        List<String> ids = new java.util.ArrayList<>(List.of(outOfScope, NOBODY));
        ids.addAll(MALFORMED);
        return ids;
    }

    @Test
    void the_resident_page_of_someone_elsewhere_unknown_or_malformed_is_the_same_not_found_page() {
        assertAllTheSameNotFoundPage(openAll("residents/person/%s", String.valueOf(elsewhere.personId())));
        assertThat($(H1.class).id("not-found-title").getText()).isEqualTo("Not found, or not yours to see");
    }

    @Test
    void the_edit_page_of_someone_elsewhere_unknown_or_malformed_is_the_same_not_found_page() {
        assertAllTheSameNotFoundPage(openAll("residents/person/edit/%s", String.valueOf(elsewhere.personId())));
    }

    @Test
    void the_screening_of_someone_elsewhere_unknown_or_malformed_is_the_same_not_found_page() {
        assertAllTheSameNotFoundPage(openAll("residents/person/%s/screening", String.valueOf(elsewhere.personId())));
    }

    @Test
    void adding_to_a_household_elsewhere_unknown_or_malformed_is_the_same_not_found_page() {
        assertAllTheSameNotFoundPage(openAll("residents/register?household=%s",
                String.valueOf(elsewhere.householdId())));
    }

    @Test
    void an_address_with_no_route_or_a_view_of_another_role_is_the_same_not_found_page() {
        assertAllTheSameNotFoundPage(Map.of("no-such-page", open("no-such-page"),
                "admin/users", open("admin/users"), "admin/audit", open("admin/audit")));
    }

    @Test
    void a_person_in_scope_still_opens() {
        long here = data.head(ResidentTestData.surname(), "Iryna", LocalDate.of(1990, 1, 2), ResidentTestData.RADE)
                .personId();

        open("residents/person/" + here);

        assertThat(getCurrentView()).isInstanceOf(ResidentDetailView.class);
    }

    @Test
    void an_unexpected_error_while_opening_a_view_shows_a_reference_and_no_stack_trace() {
        ErrorView page = new ErrorView();

        int status = page.setErrorParameter(null, new ErrorParameter<>(Exception.class,
                new IllegalStateException("detail for the log only")));

        assertThat(status).isEqualTo(500);
        assertThat(page.getElement().getTextRecursively()).contains("Something went wrong", "Reference")
                .doesNotContain("detail for the log only", "IllegalStateException", "at no.ankomst");
    }

    @Test
    void a_service_refusing_the_user_while_opening_a_view_shows_the_not_found_page() {
        ErrorView page = new ErrorView();

        int status = page.setErrorParameter(null, new ErrorParameter<>(Exception.class,
                new IllegalStateException(new AccessDeniedException("person 7 is not visible to this user"))));

        assertThat(status).isEqualTo(404);
        assertThat(page.getElement().getTextRecursively()).contains("Not found, or not yours to see")
                .doesNotContain("person 7");
    }
}
