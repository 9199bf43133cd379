package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
import java.time.Period;
import java.util.List;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.ResidentDetailTab;
import no.ankomst.residents.ResidentRecords.Document;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.PoliceRegistration;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;
import no.ankomst.residents.ResidentService;
import org.springframework.beans.factory.ObjectProvider;

/** One resident: a fixed header with who and where, tabs for person, household, documents and stays. */
@Route("residents/person")
@PageTitle("Ankomst")
@RolesAllowed({"ADMIN", "MANAGER", "CENTRE_STAFF", "HEALTH_STAFF"})
public class ResidentDetailView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ResidentService residents;
    private final Clock clock;
    // tabs of other features (protection case, ...), see addFeatureTabs
    private final List<ResidentDetailTab> featureTabs;

    ResidentDetailView(ResidentService residents, Clock clock, ObjectProvider<ResidentDetailTab> featureTabs) {
        this.residents = residents;
        this.clock = clock;
        this.featureTabs = featureTabs.orderedStream().toList();
        setId("resident-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ResidentDetail person = residents.detail(id);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("resident.tab.person"), personTab(person));
        tabs.add(getTranslation("resident.tab.household"), householdTab(person));
        tabs.add(getTranslation("resident.tab.documents"), documentsTab(person));
        tabs.add(getTranslation("resident.tab.stays"), staysTab(person));
        addFeatureTabs(tabs, person.id());
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
        StayLine current = p.stays().stream().filter(s -> s.checkedOutOn() == null).findFirst().orElse(null);
        String where = current == null ? getTranslation("residents.noCurrentStay")
                : current.siteName() + " · " + (current.unitName() == null ? getTranslation("residents.noBed")
                : current.unitName() + " / " + current.bedLabel());
        HorizontalLayout facts = new HorizontalLayout(
                fact("field.age", String.valueOf(Period.between(p.birthDate(), today()).getYears())),
                fact("field.identityNumber", p.identityNumber() == null ? "–" : p.identityNumber()),
                fact("field.where", where),
                fact("field.householdSize", String.valueOf(p.household().size())));
        facts.setWrap(true);
        HorizontalLayout warnings = new HorizontalLayout();
        if (current != null && current.unitName() == null) {
            warnings.add(Chip.of(getTranslation("residents.noBed"), Chip.Tone.WARNING));
        }
        p.needs().forEach(n -> warnings.add(Chip.of(getTranslation("need." + n.name()), Chip.Tone.INFO)));
        Button addMember = new Button(getTranslation("resident.addMember"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("residents/register?household=" + p.householdId())));
        addMember.setId("resident-add-member");
        VerticalLayout header = new VerticalLayout(name, cyrillic, facts, warnings, addMember);
        header.addClassName("resident-header");
        header.setPadding(false);
        return header;
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

    private Component personTab(ResidentDetail p) {
        VerticalLayout tab = new VerticalLayout();
        tab.add(line("field.birthDate", p.birthDate().toString()),
                line("field.sex", getTranslation("sex." + p.sex().name())),
                line("field.citizenship", String.join(", ", p.citizenships())),
                line("field.languages", String.join(", ", p.languages())),
                line("field.phone", p.phone() == null ? "–" : p.phone()),
                line("field.arrivalDate", p.arrivalDate() == null ? "–" : p.arrivalDate().toString()),
                line("field.needsNote", p.needsNote() == null ? "–" : p.needsNote()));
        return tab;
    }

    private Component householdTab(ResidentDetail p) {
        Grid<HouseholdMember> grid = new Grid<>(HouseholdMember.class, false);
        grid.setId("household-grid");
        grid.addColumn(HouseholdMember::name).setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(m -> Period.between(m.birthDate(), today()).getYears()).setHeader(getTranslation("field.age"));
        grid.addColumn(m -> getTranslation("relation." + m.relation().name())).setHeader(getTranslation("field.relation"));
        grid.addColumn(m -> getTranslation(m.sharedHouseholdBefore2022() ? "yes" : "no"))
                .setHeader(getTranslation("field.sharedHouseholdBefore2022"));
        grid.setItems(p.household());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ResidentDetailView.class,
                e.getItem().personId())));
        VerticalLayout tab = new VerticalLayout(grid);
        if (p.privateAddress() != null) {
            tab.add(line("field.privateAddress", p.privateAddress()));
        }
        return tab;
    }

    private Component documentsTab(ResidentDetail p) {
        Grid<Document> documents = new Grid<>(Document.class, false);
        documents.addColumn(d -> getTranslation("documentType." + d.type().name()))
                .setHeader(getTranslation("field.documentType"));
        documents.addColumn(Document::number).setHeader(getTranslation("field.documentNumber"));
        documents.addColumn(Document::issuingCountry).setHeader(getTranslation("field.documentCountry"));
        documents.addColumn(d -> d.expiryDate() == null ? "" : d.expiryDate().toString())
                .setHeader(getTranslation("field.expiryDate"));
        documents.setItems(p.documents());
        documents.setAllRowsVisible(true);
        Grid<PoliceRegistration> registrations = new Grid<>(PoliceRegistration.class, false);
        registrations.addColumn(r -> r.registeredOn().toString()).setHeader(getTranslation("field.registeredOn"));
        registrations.addColumn(PoliceRegistration::policeDistrict).setHeader(getTranslation("field.policeDistrict"));
        registrations.addColumn(r -> r.asylumCardNumber() == null ? "" : r.asylumCardNumber())
                .setHeader(getTranslation("field.asylumCardNumber"));
        registrations.addColumn(r -> getTranslation(r.fingerprintsTaken() && r.photoTaken() ? "yes" : "no"))
                .setHeader(getTranslation("field.biometrics"));
        registrations.setItems(p.registrations());
        registrations.setAllRowsVisible(true);
        return new VerticalLayout(documents, registrations);
    }

    private Component staysTab(ResidentDetail p) {
        Grid<StayLine> stays = new Grid<>(StayLine.class, false);
        stays.setId("stays-grid");
        stays.addColumn(StayLine::siteName).setHeader(getTranslation("field.site")).setAutoWidth(true);
        stays.addColumn(s -> s.unitName() == null ? getTranslation("residents.noBed") : s.unitName() + " / " + s.bedLabel())
                .setHeader(getTranslation("field.bed"));
        stays.addColumn(s -> s.checkedInOn().toString()).setHeader(getTranslation("field.checkedInOn"));
        stays.addColumn(s -> s.checkedOutOn() == null ? "" : s.checkedOutOn().toString())
                .setHeader(getTranslation("field.checkedOutOn"));
        stays.addColumn(s -> s.checkoutReason() == null ? "" : getTranslation("checkoutReason." + s.checkoutReason()))
                .setHeader(getTranslation("field.checkoutReason"));
        stays.setItems(p.stays());
        stays.setAllRowsVisible(true);
        return stays;
    }

    private Component line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        return new Div(label, new Span(value));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
