package no.ankomst.schooling.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.schooling.EnrolmentService;
import no.ankomst.schooling.KindergartenService;
import no.ankomst.schooling.SchoolService;
import org.springframework.core.annotation.Order;

/** The School tab on a child's page, for those who read schooling (not health staff, not coordinators). */
@org.springframework.stereotype.Component
@Order(30)
class SchoolTab implements ResidentDetailTab {

    private final EnrolmentService enrolments;
    private final KindergartenService kindergarten;
    private final SchoolService schools;
    private final MunicipalityService municipalities;
    private final Clock clock;

    SchoolTab(EnrolmentService enrolments, KindergartenService kindergarten, SchoolService schools,
              MunicipalityService municipalities, Clock clock) {
        this.clock = clock;
        this.enrolments = enrolments;
        this.kindergarten = kindergarten;
        this.schools = schools;
        this.municipalities = municipalities;
    }

    @Override
    public String labelKey() {
        return "schooling.tab";
    }

    @Override
    public boolean shownFor(long personId) {
        return enrolments.shownFor(personId);
    }

    @Override
    public Component create(ResidentPageContext page) {
        return new SchoolingPanelView(enrolments, kindergarten, schools, municipalities, page.personId(),
                LocalDate.now(clock), page::refresh);
    }
}
