package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.DecisionService;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.ProposalService;
import no.ankomst.settlement.ProposalState;

/**
 * One proposal by its address: the household (size, never nationality), where it is proposed and why (score per
 * preference, the two best alternatives), and for the coordinator of that municipality "accept" and "decline".
 * A proposal outside one's scope (another municipality's, typed in) ends on "not found, or not yours".
 */
@Route("settlement/proposal")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "SETTLEMENT_COORDINATOR", "SETTLEMENT_OFFICER"})
@RouteCapability(Capability.READ_SETTLEMENT)
public class ProposalView extends VerticalLayout implements HasUrlParameter<String>, PageHeading {

    private final ProposalService proposals;
    private final DecisionService decisions;
    private final Map<String, String> names = new HashMap<>();

    ProposalView(ProposalService proposals, DecisionService decisions, MunicipalityService municipalities) {
        this.proposals = proposals;
        this.decisions = decisions;
        municipalities.all().forEach(m -> names.put(m.code(), m.name()));
        setId("proposal-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        long id = RouteIds.parse(parameter);
        show(RouteIds.load("proposal", id, () -> proposals.get(id)));
    }

    private void show(ProposalRow row) {
        removeAll();
        Span household = new Span(getTranslation("settlement.household") + ": " + row.headName() + " ("
                + row.adults() + " + " + row.children() + ")"
                + (row.unaccompaniedMinor() ? ", " + getTranslation("settlement.unaccompanied") : ""));
        household.setId("proposal-household");
        Span where = new Span(getTranslation("field.municipality") + ": " + row.municipalityName()
                + (row.dwellingLabel() == null ? "" : ", " + row.dwellingLabel()) + " – "
                + getTranslation(row.state().i18nKey()));
        where.setId("proposal-where");
        add(household, where);
        if (row.declineReason() != null) {
            Span declined = new Span(getTranslation("settlement.declineReasonShown", row.municipalityName(),
                    row.declineReason()));
            declined.setId("proposal-decline-reason");
            add(declined);
        }
        if (row.overrideReason() != null) {
            add(new Span(getTranslation("settlement.overrideReasonShown", row.overrideReason())));
        }
        ExplanationTable explanation = new ExplanationTable("proposal-view-explanation");
        explanation.show(row.explanation(), row.municipalityName(), code -> names.getOrDefault(code, code));
        add(explanation, actions(row));
    }

    private HorizontalLayout actions(ProposalRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        Button handover = new Button(getTranslation("settlement.handover"),
                event -> getUI().ifPresent(ui -> ui.navigate("settlement/handover/" + row.householdId())));
        handover.setId("proposal-handover");
        handover.setVisible(row.state() == ProposalState.SENT || row.state() == ProposalState.ACCEPTED);
        actions.add(handover);
        if (decisions.decides() && row.state() == ProposalState.SENT) {
            Button accept = new Button(getTranslation("settlement.accept"),
                    event -> new AcceptDialog(row, decisions, () -> reload(row.id())).open());
            accept.setId("proposal-accept");
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            Button decline = new Button(getTranslation("settlement.decline"),
                    event -> new DeclineDialog(row, decisions, () -> reload(row.id())).open());
            decline.setId("proposal-decline");
            decline.addThemeVariants(ButtonVariant.ERROR);
            actions.add(accept, decline);
        }
        return actions;
    }

    private void reload(long id) {
        show(proposals.get(id));
    }

    @Override
    public String heading() {
        return getTranslation("settlement.proposalHeading");
    }
}
