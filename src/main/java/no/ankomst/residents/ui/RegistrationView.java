package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.residents.ResidentRecords.DuplicateCandidate;
import no.ankomst.residents.ResidentRecords.DuplicateElsewhere;
import no.ankomst.residents.ResidentRecords.Duplicates;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentService;
import org.jspecify.annotations.Nullable;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;

/**
 * Registers a person. Possible duplicates appear beside the form while it is typed; "this is the same
 * person" opens the existing record instead. After saving, the next family member can be added right
 * away with the household's surname filled in.
 */
@Route("residents/register")
@RolesAllowed({"ADMIN", "CENTRE_STAFF"})
@RouteCapability(Capability.REGISTER)
public class RegistrationView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final ResidentService residents;
    private final SiteService sites;
    private final VerticalLayout duplicates = new VerticalLayout();
    private RegistrationForm form;
    private @Nullable Long householdId;

    RegistrationView(ResidentService residents, SiteService sites) {
        this.residents = residents;
        this.sites = sites;
        setId("registration-view");
        duplicates.setId("duplicate-candidates");
        duplicates.addClassName("duplicates-panel");
        duplicates.setWidth("24em");
        duplicates.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        householdId = event.getLocation().getQueryParameters().getSingleParameter("household")
                .map(RouteIds::parse).orElse(null);
        String surname = null;
        if (householdId != null) {
            // an unknown household and one outside the user's scope look alike
            ResidentDetail anyMember = RouteIds.load("household", householdId,
                    () -> residents.detail(residents.householdHead(householdId)));
            surname = anyMember.familyName();
        }
        removeAll();
        form = new RegistrationForm(sites.visibleSites(), householdId, surname);
        form.identifyingFields().forEach(field -> field.addValueChangeListener(e -> checkDuplicates()));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("reg-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(ResidentsView.class)));
        FormKeys.install(form, save, () -> getUI().ifPresent(ui -> ui.navigate(ResidentsView.class)));
        HorizontalLayout body = new HorizontalLayout(form, duplicates);
        body.setWidthFull();
        body.setFlexGrow(1, form);
        add(body,
                new HorizontalLayout(save, cancel));
    }

    private void checkDuplicates() {
        Duplicates found = residents.duplicates(form.probe());
        List<DuplicateCandidate> candidates = found.candidates();
        duplicates.removeAll();
        duplicates.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        duplicates.add(new Span(getTranslation("duplicates.title", candidates.size() + found.elsewhere().size())));
        // outside the user's sites: that someone matches, and whom to ask; never who
        for (DuplicateElsewhere elsewhere : found.elsewhere()) {
            Div card = new Div();
            card.addClassNames("duplicate-card", "duplicate-elsewhere");
            card.add(new Div(elsewhere.askAt() == null ? getTranslation("duplicates.elsewhere.askAdministrator")
                    : getTranslation("duplicates.elsewhere.askSite", elsewhere.askAt())));
            card.add(new Div(elsewhere.reasons().stream().map(this::getTranslation)
                    .collect(Collectors.joining(", "))));
            duplicates.add(card);
        }
        for (DuplicateCandidate candidate : candidates) {
            Div card = new Div();
            card.addClassName("duplicate-card");
            card.add(new Div(candidate.familyName() + ", " + candidate.givenNames()));
            if (candidate.cyrillicName() != null) {
                card.add(new Div(candidate.cyrillicName()));
            }
            card.add(new Div(Dates.format(candidate.birthDate()) + (candidate.identityNumber() == null ? ""
                    : " · " + candidate.identityNumber())));
            card.add(new Div(candidate.reasons().stream().map(this::getTranslation).collect(Collectors.joining(", "))));
            Button same = new Button(getTranslation("duplicates.same"),
                    e -> getUI().ifPresent(ui -> ui.navigate(ResidentDetailView.class, candidate.id())));
            same.addThemeVariants(ButtonVariant.SMALL);
            card.add(same);
            duplicates.add(card);
        }
    }

    private void save() {
        try {
            ResidentService.Registered registered = residents.register(form.value());
            registered.warnings().forEach(key -> Notifications.error(getTranslation(key)));
            Notifications.success(getTranslation("reg.saved"));
            getUI().ifPresent(ui -> ui.navigate(ResidentDetailView.class, registered.personId()));
        } catch (ValidationException invalid) {
            form.showErrors(invalid);
        }
    }

    @Override
    public String heading() {
        return getTranslation(householdId == null ? "reg.title" : "reg.titleMember");
    }
}
