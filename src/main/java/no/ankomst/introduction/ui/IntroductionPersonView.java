package no.ankomst.introduction.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.introduction.IntroductionRecords.Panel;
import no.ankomst.introduction.IntroductionService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;

/**
 * One person's right by its address ({@code introduction/person/<person id>}), what the participants list opens:
 * the coordinator needs no other reach over the person to follow the programme. A person without a right in the
 * user's scope, a malformed or unknown id all end on "not found, or not yours".
 */
@Route("introduction/person")
@RolesAllowed({"MANAGER", "SETTLEMENT_COORDINATOR"})
@RouteCapability(Capability.READ_INTRODUCTION)
public class IntroductionPersonView extends VerticalLayout implements HasUrlParameter<String>, PageHeading {

    private final IntroductionService service;
    private final Clock clock;
    private final Permissions permissions;

    IntroductionPersonView(IntroductionService service, Clock clock, Permissions permissions) {
        this.service = service;
        this.clock = clock;
        this.permissions = permissions;
        setId("introduction-person-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        long personId = RouteIds.parse(parameter);
        Panel panel = RouteIds.load("introduction right of person", personId, () -> service.panel(personId));
        H2 name = new H2(panel.name());
        name.setId("introduction-person-name");
        add(name, new IntroductionPanel(service, personId, LocalDate.now(clock), () -> { }));
        if (permissions.may(Capability.WRITE_LETTERS)) {
            Anchor letters = new Anchor("letters/person/" + personId, getTranslation("letters.action"));
            letters.setId("introduction-person-letters");
            add(letters);
        }
    }

    @Override
    public String heading() {
        return getTranslation("nav.introduction");
    }
}
