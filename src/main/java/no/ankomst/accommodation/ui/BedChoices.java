package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.accommodation.StayRecords.Move;
import no.ankomst.accommodation.UnitRecords.FreeBed;

/**
 * One bed field per person moving in: the beds offered, the suggested ones filled in in order, or
 * "no bed yet". Check-in and move dialogs share it.
 */
final class BedChoices extends FormLayout {

    /** Someone who gets a bed. */
    record Sleeper(long personId, String name) {
    }

    private final String idPrefix;
    private final Map<Long, ComboBox<FreeBed>> bedOf = new LinkedHashMap<>();

    BedChoices(String idPrefix) {
        this.idPrefix = idPrefix;
        setId(idPrefix + "-beds");
    }

    /** {@code assignable} false: the site is not the user's, its own staff choose the beds. */
    void show(List<Sleeper> sleepers, List<FreeBed> offered, List<FreeBed> suggested, boolean assignable) {
        removeAll();
        bedOf.clear();
        for (int i = 0; i < sleepers.size(); i++) {
            Sleeper sleeper = sleepers.get(i);
            ComboBox<FreeBed> bed = new ComboBox<>(getTranslation("stay.bedFor", sleeper.name()));
            bed.setId(idPrefix + "-bed-" + sleeper.personId());
            bed.setItems(offered);
            bed.setItemLabelGenerator(b -> b.unitName() + " · " + b.label());
            bed.setPlaceholder(getTranslation("stay.noBed"));
            bed.setClearButtonVisible(true);
            bed.setEnabled(assignable);
            if (!assignable) {
                bed.setHelperText(getTranslation("stay.bedAssignedThere"));
            } else if (i < suggested.size()) {
                bed.setValue(suggested.get(i));
            }
            bedOf.put(sleeper.personId(), bed);
            add(bed);
        }
    }

    void clear() {
        removeAll();
        bedOf.clear();
    }

    List<Move> moves() {
        return bedOf.entrySet().stream().map(entry -> new Move(entry.getKey(),
                entry.getValue().getValue() == null ? null : entry.getValue().getValue().bedId())).toList();
    }

    /** The field a bed rule is shown on: the rule names no person, its message says what to fix. */
    Optional<HasValidation> first() {
        return bedOf.values().stream().findFirst().map(HasValidation.class::cast);
    }
}
