package no.ankomst.residents.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.Dates;
import no.ankomst.residents.ResidentRecords.MergedRecord;
import no.ankomst.residents.ResidentRecords.ResidentDetail;

/** The person fields, and the duplicates merged into this record (their identity numbers kept as history). */
class PersonTab extends VerticalLayout {

    PersonTab(ResidentDetail p) {
        setId("resident-person-tab");
        add(Facts.line("field.birthDate", Dates.format(p.birthDate())),
                Facts.line("field.sex", getTranslation("sex." + p.sex().name())),
                Facts.line("field.citizenship", Codes.countries(p.citizenships())),
                Facts.line("field.languages", Codes.languages(p.languages())),
                Facts.line("field.phone", Facts.orDash(p.phone())),
                Facts.line("field.arrivalDate", Facts.orDash(p.arrivalDate())),
                Facts.line("field.needsNote", Facts.orDash(p.needsNote())));
        if (!p.mergedRecords().isEmpty()) {
            add(Facts.line("resident.mergedRecords", p.mergedRecords().stream().map(this::describe)
                    .collect(Collectors.joining("; "))));
        }
    }

    private String describe(MergedRecord merged) {
        return "#" + merged.id() + " " + merged.name()
                + (merged.identityNumber() == null ? "" : " (" + merged.identityNumber() + ")");
    }
}
