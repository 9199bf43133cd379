package no.ankomst.settlement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.security.UserService;
import no.ankomst.settlement.SettlementTestData;
import no.ankomst.settlement.SettlementTestData.Household;
import no.ankomst.settlement.SettlementTestData.Municipality;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo coordinator (Oslo) opens proposals sent to Oslo; another municipality's by typed address is refused. */
@AnkomstTest
@WithUserDetails("coordinator")
class ProposalViewTest extends SpringBrowserlessTest {

    private static final String OSLO = "0301";

    @Autowired
    DSLContext db;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    Clock clock;

    private SettlementTestData data;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        data = new SettlementTestData(db, users, details, clock);
    }

    private String open(String address) {
        UI.getCurrent().navigate(address);
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void another_municipalitys_proposal_and_handover_by_typed_address_end_on_not_found_or_not_yours() {
        Municipality elsewhere = data.municipality(10, 0);
        Household h = data.ready(elsewhere.county(), 1, 0);
        long proposal = data.sent(h.id(), elsewhere.code(), null);

        String expected = open("settlement/proposal/987654321987");
        assertThat(expected).contains("Not found, or not yours to see");
        assertThat(open("settlement/proposal/" + proposal)).isEqualTo(expected);
        assertThat(open("settlement/handover/" + h.id())).isEqualTo(expected);
        assertThat(open("settlement/proposal/abc")).isEqualTo(expected);
    }

    @Test
    void a_proposal_sent_to_oslo_opens_and_is_declined_with_a_reason_from_the_dialog() {
        Household h = data.ready("31", 1, 1);
        long proposal = data.sent(h.id(), OSLO, null);

        open("settlement/proposal/" + proposal);
        assertThat($(Span.class).id("proposal-household").getText()).contains("1 + 1");
        test($(Button.class).id("proposal-decline")).click();
        $(TextArea.class).id("decline-reason").setValue("no kindergarten place this autumn");
        test($(Button.class).id("decline-save")).click();

        assertThat(data.proposalState(proposal)).isEqualTo("DECLINED");
        assertThat(data.householdState(h.id())).isEqualTo("READY");
        assertThat($(Span.class).id("proposal-decline-reason").getText()).contains("no kindergarten place this autumn");
    }

    @Test
    void the_municipality_page_shows_this_years_places_and_the_proposals_waiting() {
        Household h = data.ready("31", 1, 0);
        data.sent(h.id(), OSLO, null);

        UI.getCurrent().navigate("settlement/municipality");

        assertThat(getCurrentView()).isInstanceOf(MunicipalityView.class);
        assertThat($(Span.class).id("municipality-capacity").getText()).matches("Places \\d{4}: \\d+ decided, .*");
        assertThat(test($(com.vaadin.flow.component.grid.Grid.class).id("municipality-waiting")).size()).isPositive();
    }

    @Test
    void the_handover_of_a_household_sent_to_oslo_shows_ages_languages_and_the_interview() {
        Household h = data.ready("31", 1, 1);
        data.sent(h.id(), OSLO, null);

        open("settlement/handover/" + h.id());

        assertThat($(Span.class).id("handover-summary").getText()).contains("Works as a nurse");
        assertThat($(Span.class).id("handover-languages").getText()).contains("Ukrainian");
    }
}
