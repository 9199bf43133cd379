package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import no.ankomst.base.Age;
import no.ankomst.residents.HouseholdService;
import no.ankomst.residents.Relation;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentService;

/**
 * The household with ages as of today. For those who may change the person: make another member the
 * head, and move this person to another household.
 */
class HouseholdTab extends VerticalLayout {

    HouseholdTab(ResidentDetail p, HouseholdService households, ResidentService residents, Runnable reload,
                 LocalDate today) {
        Grid<HouseholdMember> grid = new Grid<>(HouseholdMember.class, false);
        grid.setId("household-grid");
        grid.addComponentColumn(m -> new RouterLink(m.name(), ResidentDetailView.class, m.personId()))
                .setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(m -> Age.of(m.birthDate()).on(today)).setHeader(getTranslation("field.age"));
        grid.addColumn(m -> getTranslation("relation." + m.relation().name()))
                .setHeader(getTranslation("field.relation"));
        grid.addColumn(m -> getTranslation(m.sharedHouseholdBefore2022() ? "yes" : "no"))
                .setHeader(getTranslation("field.sharedHouseholdBefore2022"));
        if (p.editable()) {
            grid.addComponentColumn(m -> {
                if (m.relation() == Relation.HEAD) {
                    return new com.vaadin.flow.component.html.Span();
                }
                Button makeHead = new Button(getTranslation("household.makeHead"),
                        e -> new HeadChangeDialog(p, m, households, reload).open());
                makeHead.setId("make-head-" + m.personId());
                makeHead.addThemeVariants(ButtonVariant.SMALL);
                return makeHead;
            }).setKey("actions").setAutoWidth(true);
        }
        grid.setItems(p.household());
        grid.setAllRowsVisible(true);
        add(grid);
        if (p.privateAddress() != null) {
            add(Facts.line("field.privateAddress", p.privateAddress()));
        }
        if (p.editable()) {
            Button move = new Button(getTranslation("household.move"), VaadinIcon.EXCHANGE.create(),
                    e -> new MoveMemberDialog(p, residents, households, reload).open());
            move.setId("household-move");
            add(move);
        }
    }
}
