package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
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
import no.ankomst.base.Age;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.residents.HouseholdService;
import no.ankomst.residents.ResidentMergeService;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One resident: a fixed header with who and where, tabs for person, household, documents, stays and
 * history. Changing actions (edit, household, merge, stays) appear only for those who may change the person
 * (their role may, and the person stays at their site now), the screening link only for roles that read it.
 * A merged duplicate's address leads to the record it was merged into.
 */
@Route("residents/person")
@PageTitle("Ankomst")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "HEALTH_STAFF"})
public class ResidentDetailView extends VerticalLayout implements HasUrlParameter<Long> {

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

    ResidentDetailView(ResidentService residents, HouseholdService households, ResidentMergeService merges,
                       Clock clock, ObjectProvider<ResidentDetailTab> featureTabs,
                       ObjectProvider<ResidentHeaderBadges> featureBadges, StayService stays, SiteService sites,
                       OccupancyService occupancy, Permissions permissions) {
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
        long id = person.id();
        TabSheet tabs = new TabSheet();
        tabs.setId("resident-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("resident.tab.person"), new PersonTab(person));
        tabs.add(getTranslation("resident.tab.household"), new HouseholdTab(person, households, residents,
                () -> show(id), today()));
        tabs.add(getTranslation("resident.tab.documents"), new DocumentsTab(person));
        tabs.add(getTranslation("resident.tab.stays"), new StaysTab(person, stays, stayActions, () -> show(id)));
        addFeatureTabs(tabs, person.id());
        tabs.add(getTranslation("resident.tab.history"), new HistoryTab(residents, id, clock));
        add(header(person), tabs);
    }

    // ---- tabs of other features (the protection case, ...): they provide ResidentDetailTab beans ---------

    private void addFeatureTabs(TabSheet tabs, long personId) {
        featureTabs.forEach(tab -> tab.create(personId)
                .ifPresent(content -> tabs.add(getTranslation(tab.labelKey()), content)));
    }

    private Component header(ResidentDetail p) {
        H2 name = new H2(p.familyName() + ", " + p.givenNames());
        name.setId("resident-name");
        Div cyrillic = new Div(p.familyNameCyrillic() == null ? "" : p.familyNameCyrillic() + ", "
                + (p.givenNamesCyrillic() == null ? "" : p.givenNamesCyrillic()));
        cyrillic.addClassName("name-cyrillic");
        StayLine current = p.stays().stream().filter(s -> s.checkedOutOn() == null && !s.fromMergedRecord())
                .findFirst().orElse(null);
        String where = current == null ? getTranslation("residents.noCurrentStay")
                : current.siteName() + " · " + (current.unitName() == null ? getTranslation("residents.noBed")
                : current.unitName() + " / " + current.bedLabel());
        HorizontalLayout facts = new HorizontalLayout(
                fact("field.age", String.valueOf(Age.of(p.birthDate()).on(today()))),
                fact("field.identityNumber", p.identityNumber() == null ? "–" : p.identityNumber()),
                fact("field.where", where),
                fact("field.householdSize", String.valueOf(p.household().size())));
        facts.setWrap(true);
        HorizontalLayout warnings = new HorizontalLayout();
        if (current != null && current.unitName() == null) {
            warnings.add(Chip.of(getTranslation("residents.noBed"), Chip.Tone.WARNING));
        }
        featureBadges.forEach(feature -> feature.badges(p.id()).forEach(warnings::add));
        p.needs().forEach(n -> warnings.add(Chip.of(getTranslation("need." + n.name()), Chip.Tone.INFO)));
        VerticalLayout header = new VerticalLayout(name, cyrillic, facts, warnings);
        if (p.editable()) {
            header.add(actions(p));
        }
        // protection screening, linked by path so residents does not depend on the protection feature; not for
        // health staff and coordinators, who have no business with protection matters
        if (permissions.may(Capability.READ_PROTECTION)) {
            Anchor screening = new Anchor("residents/person/" + p.id() + "/screening",
                    getTranslation("resident.screening"));
            screening.setId("resident-screening");
            header.add(screening);
        }
        header.addClassName("resident-header");
        header.setPadding(false);
        return header;
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

    private Component fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        VerticalLayout fact = new VerticalLayout(label, text);
        fact.setPadding(false);
        fact.setSpacing(false);
        return fact;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
