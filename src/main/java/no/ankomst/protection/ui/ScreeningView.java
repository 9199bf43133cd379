package no.ankomst.protection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.protection.ScreeningFacts;
import no.ankomst.protection.ScreeningRecords.Screening;
import no.ankomst.protection.ScreeningRecords.ScreeningInput;
import no.ankomst.protection.ScreeningRecords.ScreeningSubject;
import no.ankomst.protection.ScreeningService;
import no.ankomst.residents.ResidentRecords.PoliceRegistration;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;

/**
 * Screening one resident for temporary collective protection: the latest advice with its reasons on top, the
 * facts below, pre-filled from the latest screening or else from the resident's record. Managers read; centre
 * staff and administrators screen people staying at their site now. Health staff and coordinators have no
 * business with protection matters.
 */
@Route("residents/person/:id(\\d+)/screening")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF"})
@RouteCapability(Capability.READ_PROTECTION)
public class ScreeningView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final ScreeningService screenings;
    private final Clock clock;
    private final ScreeningAdvicePanel advice;
    private long personId;
    private int version;

    ScreeningView(ScreeningService screenings, Clock clock) {
        this.screenings = screenings;
        this.clock = clock;
        this.advice = new ScreeningAdvicePanel(clock.getZone());
        setId("screening-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("id").orElse(null));
        personId = id;
        ScreeningSubject subject = RouteIds.load("person", id, () -> screenings.subject(id));
        ResidentDetail person = subject.person();
        removeAll();
        Button back = new Button(person.familyName() + ", " + person.givenNames(), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + personId)));
        back.setId("screening-back");
        back.addThemeVariants(ButtonVariant.TERTIARY);
        ScreeningForm form = new ScreeningForm(subject.candidates());
        Screening latest = subject.latest();
        version = latest == null ? 0 : latest.version();
        if (latest != null) {
            form.setFacts(latest.facts(), latest.qualifyingPersonId());
        } else {
            form.setFacts(fromRecord(person), null);
        }
        form.setReadOnly(!screenings.mayScreen(personId));
        form.addSaveListener(e -> save(form, e.input()));
        FormKeys.install(form, form.save, () -> getUI().ifPresent(ui -> ui.navigate("residents/person/" + personId)));
        advice.show(latest);
        add(new HorizontalLayout(back), new Paragraph(getTranslation("screening.intro")), advice, form);
    }

    private void save(ScreeningForm form, ScreeningInput input) {
        try {
            Screening saved = screenings.save(personId, input, version);
            version = saved.version();
            advice.show(saved);
            Notifications.success(getTranslation("screening.saved"));
        } catch (ValidationException invalid) {
            form.showErrors(invalid);
        } catch (ConflictException conflict) {
            // show what the other person saved; the typed facts stay, so saving again is a deliberate choice
            Screening newer = screenings.latest(personId).orElse(null);
            version = newer == null ? 0 : newer.version();
            advice.show(newer);
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    /**
     * A first screening starts from what registration knows: citizenships, date of birth,
     * and as application date the police registration (else arrival, else today).
     */
    private ScreeningFacts fromRecord(ResidentDetail person) {
        LocalDate applied = person.registrations().stream().map(PoliceRegistration::registeredOn)
                .min(Comparator.naturalOrder())
                .orElse(person.arrivalDate() != null ? person.arrivalDate() : LocalDate.now(clock));
        return ScreeningFacts.on(applied)
                .citizenships(person.citizenships().isEmpty() ? null : person.citizenships())
                .birthDate(person.birthDate())
                .build();
    }

    @Override
    public String heading() {
        return getTranslation("screening.title");
    }
}
