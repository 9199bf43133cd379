package no.ankomst.schooling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.schooling.EnrolmentService;
import no.ankomst.schooling.SchoolingStatus;
import org.springframework.core.annotation.Order;

/** In a child's header: "School: late", "School: started", ... while the child is of school age. */
@org.springframework.stereotype.Component
@Order(30)
class SchoolHeaderBadges implements ResidentHeaderBadges {

    private final EnrolmentService enrolments;

    SchoolHeaderBadges(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public List<Component> badges(long personId) {
        if (!enrolments.shownFor(personId)) {
            return List.of();
        }
        SchoolingStatus status = enrolments.status(personId);
        if (status == SchoolingStatus.NOT_SCHOOL_AGE) {
            return List.of();
        }
        Span chip = no.ankomst.base.ui.Chip.of(I18n.t("schooling.header", I18n.t(status.i18nKey())),
                SchoolingTexts.tone(status));
        chip.setId("header-school-status");
        return List.of(chip);
    }
}
