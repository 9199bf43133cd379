package no.ankomst.introduction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import no.ankomst.base.Age;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.QueryValues;
import no.ankomst.introduction.IntroductionRecords.ParticipantFilter;
import no.ankomst.introduction.IntroductionRecords.ParticipantRow;
import no.ankomst.introduction.IntroductionStatus;
import no.ankomst.introduction.ParticipantsService;
import no.ankomst.introduction.ParticipationState;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;

/**
 * The coordinator's participants: every right to the programme in their municipality (all for managers), the most
 * pressing start-by first, a lazy list paged in the database, filtered by state and by status (late, near late...).
 * The worklist's lines open it as {@code ?status=LATE} and {@code ?status=NEAR_LATE}; a row opens the person's right.
 */
@Route("introduction/participants")
@Menu(order = 17, title = "nav.introduction", icon = "vaadin:diploma")
@RolesAllowed({"MANAGER", "SETTLEMENT_COORDINATOR"})
@RouteCapability(Capability.READ_INTRODUCTION)
public class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final ParticipantsService participants;
    private final Clock clock;
    private final Grid<ParticipantRow> grid = new Grid<>(ParticipantRow.class, false);
    private final Select<ParticipationState> state = new Select<>();
    private final Select<IntroductionStatus> status = new Select<>();
    private boolean applyingParameters;

    ParticipantsView(ParticipantsService participants, Clock clock, Permissions permissions) {
        this.participants = participants;
        this.clock = clock;
        setId("participants-view");
        setSizeFull();
        HorizontalLayout filters = createFilters();
        if (permissions.may(Capability.WRITE_LETTERS)) {
            // the programme offers not made yet, printed in one PDF on the letters' batch page
            Anchor offers = new Anchor("letters/batch?kind=INTRODUCTION", getTranslation("letters.printOffers"));
            offers.setId("participants-offer-letters");
            filters.add(offers);
        }
        add(filters, createGrid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        applyingParameters = true;
        state.setValue(parameters.getSingleParameter("state")
                .flatMap(text -> QueryValues.enumValue(ParticipationState.class, text)).orElse(null));
        status.setValue(parameters.getSingleParameter("status")
                .flatMap(text -> QueryValues.enumValue(IntroductionStatus.class, text)).orElse(null));
        applyingParameters = false;
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout createFilters() {
        state.setId("participants-state");
        state.setLabel(getTranslation("introduction.field.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("introduction.allStates"));
        state.setItems(ParticipationState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("introduction.allStates") : getTranslation(s.i18nKey()));
        status.setId("participants-status");
        status.setLabel(getTranslation("introduction.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("introduction.allStatuses"));
        status.setItems(IntroductionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("introduction.allStatuses")
                : getTranslation(s.i18nKey()));
        state.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(state, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void refresh() {
        if (!applyingParameters) {
            grid.getDataProvider().refreshAll();
        }
    }

    private Grid<ParticipantRow> createGrid() {
        grid.setId("participants-grid");
        Grids.emptyState(grid, "empty.participants");
        grid.addColumn(r -> r.familyName() + ", " + r.givenNames()).setHeader(getTranslation("field.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Age.of(r.birthDate()).on(LocalDate.now(clock))).setHeader(getTranslation("field.age"))
                .setAutoWidth(true);
        grid.addColumn(ParticipantRow::municipalityCode).setHeader(getTranslation("field.municipality"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> IntroductionTexts.chip(r.status()))
                .setHeader(getTranslation("introduction.field.status")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.state().i18nKey())).setHeader(getTranslation("introduction.field.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.aroseOn())).setHeader(getTranslation("introduction.field.aroseOn"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.startBy())).setHeader(getTranslation("field.startBy")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.basis().i18nKey())).setHeader(getTranslation("introduction.field.basis"))
                .setAutoWidth(true);
        grid.setItems(query -> participants.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> participants.count(filter()));
        Grids.opensRows(grid, row -> getUI().ifPresent(ui -> ui.navigate("introduction/person/" + row.personId())));
        grid.setSizeFull();
        return grid;
    }

    ParticipantFilter filter() {
        return new ParticipantFilter(state.getValue(), status.getValue());
    }

    @Override
    public String heading() {
        return getTranslation("nav.introduction");
    }
}
