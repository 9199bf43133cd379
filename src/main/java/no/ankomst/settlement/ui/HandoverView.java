package no.ankomst.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import no.ankomst.settlement.HandoverDocument;
import no.ankomst.settlement.HandoverService;
import no.ankomst.settlement.ProposalRecords.Handover;
import no.ankomst.settlement.ProposalRecords.HandoverMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The handover summary of one household to its municipality: composition by age, languages, school-age and
 * kindergarten-age children, TB screening done or not (status only), the interview's summary and needs.
 */
@Route("settlement/handover")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "SETTLEMENT_COORDINATOR", "SETTLEMENT_OFFICER"})
@RouteCapability(Capability.READ_SETTLEMENT)
public class HandoverView extends VerticalLayout implements HasUrlParameter<String>, PageHeading {

    private final HandoverService handovers;
    private final @Nullable HandoverDocument document;
    private final ProgressBar progress = new ProgressBar();
    private final BackgroundWork work;

    HandoverView(HandoverService handovers, ObjectProvider<HandoverDocument> document) {
        this.handovers = handovers;
        this.document = document.getIfAvailable();
        setId("handover-view");
        progress.setId("handover-pdf-progress");
        progress.setVisible(false);
        work = new BackgroundWork(this, progress).onFinish(() -> progress.setVisible(false));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        long id = RouteIds.parse(parameter);
        show(RouteIds.load("household", id, () -> handovers.handover(id)));
        if (document != null) {
            add(pdfButton(document, id), progress);
        }
    }

    /** The same summary as a PDF for the municipality, rendered in the background, then offered for download. */
    private HorizontalLayout pdfButton(HandoverDocument pdf, long householdId) {
        HorizontalLayout row = new HorizontalLayout();
        Button create = new Button(getTranslation("settlement.handoverPdf"));
        create.setId("handover-pdf");
        Locale locale = getLocale();
        create.addClickListener(e -> {
            row.getChildren().filter(Anchor.class::isInstance).toList().forEach(row::remove);
            progress.setVisible(true);
            progress.setIndeterminate(true);
            work.start(p -> pdf.handover(householdId, locale), file -> {
                DownloadHandler handler = download -> {
                    download.setFileName(file.fileName());
                    download.setContentType(file.mediaType());
                    download.setContentLength(file.content().length);
                    download.getOutputStream().write(file.content());
                };
                Anchor link = new Anchor(handler, file.fileName());
                link.setId("handover-pdf-download");
                row.add(link);
            });
        });
        row.add(create);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private void show(Handover h) {
        removeAll();
        Grid<HandoverMember> members = new Grid<>(HandoverMember.class, false);
        members.setId("handover-members");
        members.addColumn(HandoverMember::name).setHeader(getTranslation("field.name")).setAutoWidth(true);
        members.addColumn(HandoverMember::age).setHeader(getTranslation("settlement.age")).setAutoWidth(true);
        members.addColumn(m -> Dates.format(m.settlementDate())).setHeader(getTranslation("field.settlementDate"))
                .setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.tbStatusKey())).setHeader(getTranslation("settlement.tbStatus"))
                .setAutoWidth(true);
        members.setItems(h.members());
        members.setAllRowsVisible(true);
        add(new H2(getTranslation("settlement.members")), members,
                line("handover-languages", "settlement.languages", Codes.languages(h.languages())),
                line("handover-school", "settlement.schoolAge", String.valueOf(h.schoolAgeChildren())),
                line("handover-kindergarten", "settlement.kindergartenAge", String.valueOf(h.kindergartenAgeChildren())),
                line("handover-rooms", "settlement.roomsNeeded", String.valueOf(h.roomsNeeded())),
                line("handover-accessible", "settlement.needsAccessible",
                        getTranslation(h.needsAccessible() ? "settlement.yes" : "settlement.no")),
                line("handover-services", "settlement.neededServices", String.join(", ", h.neededServices())),
                line("handover-summary", "settlement.interviewSummary", h.interviewSummary() == null ? ""
                        : h.interviewSummary()));
    }

    private Span line(String id, String labelKey, String value) {
        Span span = new Span(getTranslation(labelKey) + ": " + value);
        span.setId(id);
        return span;
    }

    @Override
    public String heading() {
        return getTranslation("settlement.handoverHeading");
    }
}
