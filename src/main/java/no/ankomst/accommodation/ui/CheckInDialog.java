package no.ankomst.accommodation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.StayRecords.Move;
import no.ankomst.accommodation.UnitRecords.FreeBed;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;

/**
 * Checks one person, or a household arriving together, in at a site of the user's: a bed for each,
 * pre-filled with free beds together (one unit when one has room), or none yet.
 */
public class CheckInDialog extends Dialog {

    /** Someone to check in: the resident detail passes the person and household members without a stay. */
    public record Arrival(long personId, String name) {
    }

    private final List<Arrival> arrivals;
    private final BiFunction<Long, Integer, List<FreeBed>> suggestBeds;
    private final LongFunction<List<FreeBed>> freeBeds;
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final DatePicker on = Dates.picker();
    private final BedChoices beds = new BedChoices("checkin");

    /** {@code suggestBeds}: beds together for (site, how many); {@code freeBeds}: every free bed of a site. */
    public CheckInDialog(List<Arrival> arrivals, List<SiteRow> sites, LocalDate today,
                         BiFunction<Long, Integer, List<FreeBed>> suggestBeds, LongFunction<List<FreeBed>> freeBeds) {
        this.arrivals = List.copyOf(arrivals);
        this.suggestBeds = suggestBeds;
        this.freeBeds = freeBeds;
        setId("checkin-dialog");
        setHeaderTitle(getTranslation("stay.checkInTitle", arrivals.getFirst().name()));
        site.setId("checkin-site");
        site.setLabel(getTranslation("field.site"));
        site.setItems(sites);
        site.setItemLabelGenerator(SiteRow::name);
        site.addValueChangeListener(event -> fillBeds());
        on.setId("checkin-on");
        on.setLabel(getTranslation("field.checkedInOn"));
        on.setValue(today);
        on.setMax(today);
        add(new FormLayout(site, on), beds);
        Button save = new Button(getTranslation("stay.checkIn"), event -> save());
        save.setId("checkin-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        if (sites.size() == 1) {
            site.setValue(sites.getFirst());
        }
        site.focus();
    }

    private void fillBeds() {
        SiteRow target = site.getValue();
        if (target == null) {
            beds.clear();
            return;
        }
        beds.show(arrivals.stream().map(a -> new BedChoices.Sleeper(a.personId(), a.name())).toList(),
                freeBeds.apply(target.id()), suggestBeds.apply(target.id(), arrivals.size()), true);
    }

    private void save() {
        if (site.getValue() == null || on.getValue() == null) {
            showErrors(ValidationException.of(site.getValue() == null ? "site" : "checkedInOn", "validation.required"));
            return;
        }
        fireEvent(new SaveEvent(this, beds.moves(), site.getValue().id(), on.getValue()));
    }

    public void showErrors(ValidationException exception) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("site", site);
        fields.put("checkedInOn", on);
        beds.first().ifPresent(first -> fields.put("bed", first));
        FormErrors.show(exception, fields);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<CheckInDialog> {
        private final List<Move> moves;
        private final long siteId;
        private final LocalDate on;

        SaveEvent(CheckInDialog source, List<Move> moves, long siteId, LocalDate on) {
            super(source, false);
            this.moves = List.copyOf(moves);
            this.siteId = siteId;
            this.on = on;
        }

        public List<Move> moves() {
            return moves;
        }

        public long siteId() {
            return siteId;
        }

        public LocalDate on() {
            return on;
        }
    }
}
