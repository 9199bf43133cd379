package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.StayRecords.Move;
import no.ankomst.accommodation.UnitRecords.FreeBed;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import org.jspecify.annotations.Nullable;

/**
 * Moves one resident, or the whole household present at the site, to other beds here or to another
 * site. The beds offered are the free ones of the target site (plus the members' own beds here),
 * pre-filled with beds together; at a site outside the user's scope its own staff assign the beds.
 */
class MoveDialog extends Dialog {

    /** Where the members sleep now, so "keep the bed" can be offered on the same site. */
    record Member(Occupant occupant, @Nullable FreeBed currentBed) {
    }

    private final long fromSiteId;
    private final List<Member> household;
    private final Member chosen;
    private final LongPredicate inScope;
    private final BiFunction<Long, Integer, List<FreeBed>> suggestBeds;
    private final LongFunction<List<FreeBed>> freeBeds;
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final Checkbox wholeHousehold = new Checkbox();
    private final DatePicker on = Dates.picker();
    private final BedChoices beds = new BedChoices("move");

    /** {@code suggestBeds}: beds together for (site, how many); {@code freeBeds}: every free bed of a site. */
    MoveDialog(long fromSiteId, Member chosen, List<Member> household, List<SiteRow> sites, LocalDate today,
               LongPredicate inScope, BiFunction<Long, Integer, List<FreeBed>> suggestBeds,
               LongFunction<List<FreeBed>> freeBeds) {
        this.fromSiteId = fromSiteId;
        this.chosen = chosen;
        this.household = household;
        this.inScope = inScope;
        this.suggestBeds = suggestBeds;
        this.freeBeds = freeBeds;
        setId("move-dialog");
        setHeaderTitle(getTranslation("stay.moveTitle", chosen.occupant().name()));
        site.setId("move-site");
        site.setLabel(getTranslation("stay.targetSite"));
        site.setItems(sites);
        site.setItemLabelGenerator(SiteRow::name);
        sites.stream().filter(s -> s.id() == fromSiteId).findFirst().ifPresent(site::setValue);
        site.addValueChangeListener(event -> fillBeds());
        wholeHousehold.setId("move-household");
        wholeHousehold.setLabel(getTranslation("stay.wholeHousehold", household.size()));
        wholeHousehold.setVisible(household.size() > 1);
        wholeHousehold.setValue(household.size() > 1);
        wholeHousehold.addValueChangeListener(event -> fillBeds());
        on.setId("move-on");
        on.setLabel(getTranslation("stay.movedOn"));
        on.setValue(today);
        on.setMax(today);
        FormLayout form = new FormLayout(site, on, wholeHousehold);
        form.setColspan(wholeHousehold, 2);
        add(form, beds);
        Button save = new Button(getTranslation("stay.move"), event -> save());
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        fillBeds();
        site.focus();
    }

    private List<Member> moving() {
        return wholeHousehold.getValue() ? household : List.of(chosen);
    }

    private void fillBeds() {
        SiteRow target = site.getValue();
        if (target == null) {
            beds.clear();
            return;
        }
        List<Member> members = moving();
        boolean assignable = inScope.test(target.id());
        List<FreeBed> offered = new ArrayList<>(assignable ? freeBeds.apply(target.id()) : List.of());
        if (target.id() == fromSiteId) {
            members.stream().map(Member::currentBed).filter(Objects::nonNull).forEach(offered::add);
        }
        beds.show(members.stream().map(m -> new BedChoices.Sleeper(m.occupant().personId(), m.occupant().name()))
                        .toList(), offered,
                assignable ? suggestBeds.apply(target.id(), members.size()) : List.of(), assignable);
    }

    private void save() {
        SiteRow target = site.getValue();
        if (target == null) {
            showErrors(ValidationException.of("site", "validation.required"));
            return;
        }
        if (on.getValue() == null) {
            showErrors(ValidationException.of("transferredOn", "validation.required"));
            return;
        }
        fireEvent(new SaveEvent(this, beds.moves(), target.id(), on.getValue()));
    }

    void showErrors(ValidationException exception) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("site", site);
        fields.put("transferredOn", on);
        fields.put("assignedOn", on);
        // a bed rule names no person: mark every bed field, the message says what to fix
        beds.first().ifPresent(first -> fields.put("bed", first));
        FormErrors.show(exception, fields);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<MoveDialog> {
        private final List<Move> moves;
        private final long siteId;
        private final LocalDate on;

        SaveEvent(MoveDialog source, List<Move> moves, long siteId, LocalDate on) {
            super(source, false);
            this.moves = List.copyOf(moves);
            this.siteId = siteId;
            this.on = on;
        }

        List<Move> moves() {
            return moves;
        }

        long siteId() {
            return siteId;
        }

        LocalDate on() {
            return on;
        }
    }
}
