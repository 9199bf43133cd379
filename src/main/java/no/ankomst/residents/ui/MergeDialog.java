package no.ankomst.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.I18n;
import no.ankomst.base.ui.Notifications;
import no.ankomst.residents.ResidentMergeService;
import no.ankomst.residents.ResidentRecords.MergeComparison;
import no.ankomst.residents.ResidentRecords.MergeRequest;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentService;
import org.jspecify.annotations.Nullable;

/**
 * "Merge with…": find the other record, compare both side by side, choose the one that lives on.
 * What would refuse the merge is shown before anything is confirmed.
 */
class MergeDialog extends Dialog {

    /** One line of the comparison: a field and its value in each record. */
    record Line(String field, String first, String second) {
        boolean differs() {
            return !first.equals(second);
        }
    }

    private final ResidentDetail person;
    private final ResidentMergeService merges;
    private final LongConsumer done;
    private final Grid<Line> comparison = new Grid<>(Line.class, false);
    private final RadioButtonGroup<ResidentDetail> survivor = new RadioButtonGroup<>();
    private final Div refusals = new Div();
    private final Button confirm = new Button();
    private @Nullable MergeComparison compared;

    MergeDialog(ResidentDetail person, ResidentService residents, ResidentMergeService merges, LongConsumer done) {
        this.person = person;
        this.merges = merges;
        this.done = done;
        setId("merge-dialog");
        setWidth("56em");
        setHeaderTitle(getTranslation("merge.title", person.familyName() + ", " + person.givenNames()));
        PersonPicker picker = new PersonPicker("merge", residents, Set.of(person.id()), this::compare);
        comparison.setId("merge-comparison");
        comparison.setAllRowsVisible(true);
        comparison.setVisible(false);
        survivor.setId("merge-survivor");
        survivor.setLabel(getTranslation("merge.survivor"));
        survivor.setItemLabelGenerator(d -> getTranslation("merge.keep", d.id(), d.familyName() + ", " + d.givenNames()));
        survivor.setVisible(false);
        refusals.setId("merge-refusals");
        refusals.addClassName("form-error");
        confirm.setText(getTranslation("merge.confirm"));
        confirm.setId("merge-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> merge());
        add(new Paragraph(getTranslation("merge.help")), picker, comparison, survivor, refusals);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void compare(ResidentRow other) {
        MergeComparison result = merges.compare(person.id(), other.id());
        compared = result;
        ResidentDetail a = result.first();
        ResidentDetail b = result.second();
        comparison.removeAllColumns();
        comparison.addColumn(Line::field).setHeader("").setAutoWidth(true);
        comparison.addColumn(Line::first).setHeader("#" + a.id()).setAutoWidth(true);
        comparison.addColumn(Line::second).setHeader("#" + b.id()).setAutoWidth(true);
        comparison.setPartNameGenerator(line -> line.differs() ? "differs" : null);
        comparison.setItems(lines(a, b));
        comparison.setVisible(true);
        survivor.setItems(a, b);
        survivor.setValue(a);
        survivor.setVisible(true);
        refusals.setText(result.refusals().isEmpty() ? ""
                : I18n.describe(new ValidationException(result.refusals())));
        confirm.setEnabled(result.refusals().isEmpty());
    }

    private List<Line> lines(ResidentDetail a, ResidentDetail b) {
        return List.of(
                line("field.familyName", a, b, ResidentDetail::familyName),
                line("field.givenNames", a, b, ResidentDetail::givenNames),
                line("field.familyNameCyrillic", a, b, d -> cyrillic(d)),
                line("field.birthDate", a, b, ResidentDetail::birthDate),
                line("field.sex", a, b, d -> getTranslation("sex." + d.sex().name())),
                line("field.identityNumber", a, b, ResidentDetail::identityNumber),
                line("field.citizenships", a, b, d -> Codes.countries(d.citizenships())),
                line("field.phone", a, b, ResidentDetail::phone),
                line("field.arrivalDate", a, b, ResidentDetail::arrivalDate),
                line("field.documentNumber", a, b, d -> String.join(", ", d.documents().stream()
                        .map(doc -> doc.number()).toList())),
                line("field.householdSize", a, b, d -> d.household().size()),
                line("field.where", a, b, d -> d.stays().stream().filter(s -> s.checkedOutOn() == null)
                        .map(s -> s.siteName()).findFirst().orElse(getTranslation("residents.noCurrentStay"))));
    }

    private Line line(String labelKey, ResidentDetail a, ResidentDetail b, Function<ResidentDetail, ?> value) {
        return new Line(getTranslation(labelKey), text(value.apply(a)), text(value.apply(b)));
    }

    private static String cyrillic(ResidentDetail d) {
        return d.familyNameCyrillic() == null ? "" : d.familyNameCyrillic() + ", "
                + Objects.requireNonNullElse(d.givenNamesCyrillic(), "");
    }

    private static String text(@Nullable Object value) {
        if (value instanceof java.time.LocalDate date) {
            return Dates.format(date);
        }
        return value == null ? "–" : value.toString();
    }

    private void merge() {
        MergeComparison pair = Objects.requireNonNull(compared);
        ResidentDetail keep = survivor.getValue();
        ResidentDetail gone = keep == pair.first() ? pair.second() : pair.first();
        try {
            merges.merge(new MergeRequest(keep.id(), keep.version(), gone.id(), gone.version()));
            Notifications.success(getTranslation("merge.done", gone.id(), keep.id()));
            close();
            done.accept(keep.id());
        } catch (ValidationException refused) {
            refusals.setText(I18n.describe(refused));
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("merge.conflict"));
        }
    }
}
