package no.ankomst.residents.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Set;
import java.util.function.Consumer;
import no.ankomst.base.ui.Dates;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;

/**
 * The one search box (name in either script, identity, card or document number) with its hits; picking
 * one hands it on. People in {@code excluded} are not offered (the person themself, their household).
 */
class PersonPicker extends VerticalLayout {

    private static final int HITS = 10;

    final TextField search = new TextField();
    final Grid<ResidentRow> hits = new Grid<>(ResidentRow.class, false);

    PersonPicker(String idPrefix, ResidentService residents, Set<Long> excluded, Consumer<ResidentRow> picked) {
        setPadding(false);
        search.setId(idPrefix + "-search");
        search.setLabel(getTranslation("residents.search"));
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> hits.setItems(e.getValue().isBlank() ? java.util.List.of()
                : residents.search(e.getValue(), HITS).stream().filter(r -> !excluded.contains(r.id())).toList()));
        hits.setId(idPrefix + "-hits");
        hits.addColumn(r -> r.familyName() + ", " + r.givenNames()).setHeader(getTranslation("field.name"))
                .setAutoWidth(true);
        hits.addColumn(r -> Dates.format(r.birthDate())).setHeader(getTranslation("field.birthDate"));
        hits.addColumn(r -> r.siteName() == null ? "" : r.siteName()).setHeader(getTranslation("field.site"));
        hits.setAllRowsVisible(true);
        hits.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                picked.accept(e.getValue());
            }
        });
        add(search, hits);
    }
}
