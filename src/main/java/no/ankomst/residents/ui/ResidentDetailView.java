package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.accommodation.OccupancyService;
import no.ankomst.accommodation.SiteService;
import no.ankomst.accommodation.StayService;
import no.ankomst.accommodation.ui.StayActions;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.residents.HouseholdService;
import no.ankomst.residents.ResidentMergeService;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.RouteCapability;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One resident: a fixed header with who and where, tabs for person, household, documents, stays and
 * history. Changing actions (edit, household, merge, stays) appear only for those who may change the person
 * (their role may, and the person stays at their site now). A merged duplicate's address leads to the record
 * it was merged into.
 * <p>The page hosts other features without knowing them: their tabs ({@link ResidentDetailTab}, created when
 * first opened), header badges ({@link ResidentHeaderBadges}), actions ({@link ResidentAction}, shown by
 * capability) and history ({@code ResidentHistorySource}). Contributions call
 * {@link ResidentPageContext#refresh()} after a change, which redraws the header with fresh badges.
 */
@Route("residents/person")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "HEALTH_STAFF"})
@RouteCapability(Capability.READ_RESIDENTS)
public class ResidentDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ResidentService residents;
    private final HouseholdService households;
    private final ResidentMergeService merges;
    private final Permissions permissions;
    private final Clock clock;
    private final StayService stays;
    private final StayActions stayActions;
    // tabs of other features (protection case, ...), see addFeatureTabs
    private final List<ResidentDetailTab> featureTabs;
    // status badges of other features in the header (case state, permit expiring, ...)
    private final List<ResidentHeaderBadges> featureBadges;
    private String title = "";
    // actions of other features in the header (the protection screening, ...)
    private final List<ResidentAction> featureActions;
    private final Div headerSlot = new Div();

    ResidentDetailView(ResidentService residents, HouseholdService households, ResidentMergeService merges,
                       Clock clock, ObjectProvider<ResidentDetailTab> featureTabs,
                       ObjectProvider<ResidentHeaderBadges> featureBadges,
                       ObjectProvider<ResidentAction> featureActions, StayService stays, SiteService sites,
                       OccupancyService occupancy, Permissions permissions) {
        this.featureActions = featureActions.orderedStream().toList();
        this.permissions = permissions;
        this.featureBadges = featureBadges.orderedStream().toList();
        this.stays = stays;
        this.stayActions = new StayActions(stays, sites, occupancy);
        this.residents = residents;
        this.households = households;
        this.merges = merges;
        this.clock = clock;
        this.featureTabs = featureTabs.orderedStream().toList();
        setId("resident-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Optional<Long> survivor = residents.survivorOf(id);
        if (survivor.isPresent()) {
            Notifications.success(getTranslation("resident.mergedInto", id));
            event.forwardTo(ResidentDetailView.class, survivor.get());
            return;
        }
        show(RouteIds.load("person", id, () -> residents.detail(id)));
    }

    private void show(long id) {
        show(residents.detail(id));
    }

    private void show(ResidentDetail person) {
        removeAll();
        // the header's name is this page's heading; the tab reads it too
        title = person.familyName() + ", " + person.givenNames() + " – " + getTranslation("app.name");
        long id = person.id();
        ResidentPageContext page = new Page(id);
        TabSheet tabs = new TabSheet();
        tabs.setId("resident-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("resident.tab.person"), new PersonTab(person));
        tabs.add(getTranslation("resident.tab.household"), new HouseholdTab(person, households, residents,
                () -> show(id), today()));
        tabs.add(getTranslation("resident.tab.documents"), new DocumentsTab(person));
        tabs.add(getTranslation("resident.tab.stays"), new StaysTab(person, stays, stayActions, () -> show(id)));
        featureTabs.stream().filter(tab -> tab.shownFor(id))
                .forEach(tab -> LazyTabs.add(tabs, getTranslation(tab.labelKey()), () -> tab.create(page)));
        LazyTabs.add(tabs, getTranslation("resident.tab.history"), () -> new HistoryTab(residents, id, clock));
        headerSlot.removeAll();
        headerSlot.add(header(person, page));
        add(headerSlot, tabs);
    }

    private Component header(ResidentDetail person, ResidentPageContext page) {
        return new ResidentHeader(person, today(), featureBadges, featureActions, permissions, page, actions(person));
    }

    /** What contributions see of the page: a refresh redraws the header only, so open tabs keep their state. */
    private final class Page implements ResidentPageContext {

        private final long personId;

        Page(long personId) {
            this.personId = personId;
        }

        @Override
        public long personId() {
            return personId;
        }

        @Override
        public void refresh() {
            headerSlot.removeAll();
            headerSlot.add(header(residents.detail(personId), this));
        }
    }

    private Component actions(ResidentDetail p) {
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResidentEditView.class, p.id())));
        edit.setId("resident-edit");
        Button addMember = new Button(getTranslation("resident.addMember"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("residents/register?household=" + p.householdId())));
        addMember.setId("resident-add-member");
        Button merge = new Button(getTranslation("merge.open"), VaadinIcon.CONNECT.create(),
                e -> new MergeDialog(p, residents, merges, survivor -> {
                    if (survivor == p.id()) {
                        show(survivor);
                    } else {
                        getUI().ifPresent(ui -> ui.navigate(ResidentDetailView.class, survivor));
                    }
                }).open());
        merge.setId("resident-merge");
        addMember.setVisible(permissions.may(Capability.REGISTER));
        merge.setVisible(permissions.may(Capability.MERGE));
        return new HorizontalLayout(edit, addMember, merge);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
