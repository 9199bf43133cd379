package no.ankomst.health.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.health.TbRecords.TbResultEntry;
import no.ankomst.health.TbRecords.TbResultPage;
import no.ankomst.health.TbResultService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.springframework.security.access.AccessDeniedException;

/**
 * One TB result by its address. Open to everyone who reads residents so that a typed address reaches the service,
 * which refuses and audits everyone but health staff of the person's site; the refusal shows the calm
 * "not found, or not yours" page, the same for an unknown id.
 */
@Route("health/tb/result")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "HEALTH_STAFF"})
@RouteCapability(Capability.READ_RESIDENTS)
public class TbResultView extends VerticalLayout implements HasUrlParameter<String>, PageHeading {

    private final TbResultService results;
    private final ZoneId zone;

    TbResultView(TbResultService results, java.time.Clock clock) {
        this.results = results;
        this.zone = clock.getZone();
        setId("tb-result-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        long id;
        try {
            id = Long.parseLong(parameter);
        } catch (NumberFormatException malformed) {
            throw new AccessDeniedException("no such result: " + parameter);
        }
        show(results.result(id));
    }

    private void show(TbResultPage page) {
        TbResultEntry r = page.result();
        add(line("tb-result-person", getTranslation("field.name"), page.personName()),
                line("tb-result-tested-on", getTranslation("tb.field.testedOn"), Dates.format(r.testedOn())),
                line("tb-result-test-type", getTranslation("tb.field.testType"),
                        getTranslation("tb.test." + r.testType().name())),
                line("tb-result-outcome", getTranslation("tb.field.outcome"), getTranslation(r.outcome().i18nKey())),
                line("tb-result-note", getTranslation("tb.field.note"), r.note() == null ? "" : r.note()),
                line("tb-result-recorded", getTranslation("tb.field.recordedBy"),
                        r.recordedBy() + ", " + Dates.format(r.recordedAt(), zone)));
    }

    private static Span line(String id, String label, String value) {
        Span span = new Span(label + ": " + value);
        span.setId(id);
        return span;
    }

    @Override
    public String heading() {
        return getTranslation("tb.resultHeading");
    }
}
