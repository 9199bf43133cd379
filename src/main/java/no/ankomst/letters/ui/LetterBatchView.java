package no.ankomst.letters.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.NotFoundOrNotYoursException;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.letters.LetterKind;
import no.ankomst.letters.LetterLanguage;
import no.ankomst.letters.LetterRecords.BatchRequest;
import no.ankomst.letters.LetterRecords.LetterFile;
import no.ankomst.letters.LetterService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * Letters for many people in one PDF ({@code letters/batch?kind=TB_APPOINTMENT&site=<id>}): a site's TB appointment
 * notices for some days, a site's school letters, the settlement notices of those moving in some days, the programme
 * offers not made yet; each letter in its person's
 * language unless one is chosen for all. Rendered in the background with a progress bar, then offered for download.
 * A site in the address that is not the user's ends on "not found, or not yours".
 */
@Route("letters/batch")
@RolesAllowed({"CENTRE_STAFF", "HEALTH_STAFF", "SETTLEMENT_COORDINATOR", "SETTLEMENT_OFFICER"})
@RouteCapability(Capability.WRITE_LETTERS)
public class LetterBatchView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final LetterService letters;
    private final Select<LetterKind> kind = new Select<>();
    private final ComboBox<SiteRow> site = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Select<LetterLanguage> language = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final BackgroundWork work;
    private final List<SiteRow> sites;

    LetterBatchView(LetterService letters, SiteService siteService, Clock clock) {
        this.letters = letters;
        this.sites = siteService.visibleSites();
        setId("letter-batch-view");
        progress.setId("letter-batch-progress");
        progress.setVisible(false);
        downloads.setId("letter-batch-downloads");
        work = new BackgroundWork(this, progress).onFinish(() -> progress.setVisible(false));
        LocalDate today = LocalDate.now(clock);
        from = Dates.picker(getTranslation("letters.from"), today.plusDays(1));
        from.setId("letter-batch-from");
        to = Dates.picker(getTranslation("letters.to"), today.plusDays(7));
        to.setId("letter-batch-to");
        List<LetterKind> kinds = letters.batchKinds();
        if (kinds.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("letters.noBatch"));
            none.setId("letter-batch-none");
            add(none);
            return;
        }
        add(createForm(kinds), progress, downloads);
    }

    private HorizontalLayout createForm(List<LetterKind> kinds) {
        kind.setId("letter-batch-kind");
        kind.setLabel(getTranslation("letters.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation(k.i18nKey()));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        site.setId("letter-batch-site");
        site.setLabel(getTranslation("field.site"));
        site.setItems(sites);
        site.setItemLabelGenerator(SiteRow::name);
        if (sites.size() == 1) {
            site.setValue(sites.getFirst());
        }
        language.setId("letter-batch-language");
        language.setLabel(getTranslation("letters.language"));
        language.setItems(LetterLanguage.values());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("letters.eachOwnLanguage"));
        language.setItemLabelGenerator(l -> l == null ? getTranslation("letters.eachOwnLanguage")
                : getTranslation(l.i18nKey()));
        Button create = new Button(getTranslation("letters.create"), e -> create());
        create.setId("letter-batch-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kind.setValue(kinds.getFirst());
        HorizontalLayout form = new HorizontalLayout(kind, site, from, to, language, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void showFieldsOf(@Nullable LetterKind chosen) {
        site.setVisible(forSite(chosen));
        from.setVisible(forPeriod(chosen));
        to.setVisible(forPeriod(chosen));
        // the days are those of the appointments, or of the moves
        String days = chosen == LetterKind.SETTLEMENT ? "letters.moving" : "letters";
        from.setLabel(getTranslation(days + ".from"));
        to.setLabel(getTranslation(days + ".to"));
    }

    /** TB notices and school letters are printed for one site; settlement notices and offers for one's whole reach. */
    private static boolean forSite(@Nullable LetterKind kind) {
        return kind == LetterKind.TB_APPOINTMENT || kind == LetterKind.SCHOOL;
    }

    /** TB notices for the appointments of some days, settlement notices for the moves of some days. */
    private static boolean forPeriod(@Nullable LetterKind kind) {
        return kind == LetterKind.TB_APPOINTMENT || kind == LetterKind.SETTLEMENT;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("kind").ifPresent(text -> kind.getListDataView().getItems()
                .filter(k -> k.name().equals(text)).findFirst().ifPresent(kind::setValue));
        parameters.getSingleParameter("site").ifPresent(text -> {
            long id = RouteIds.parse(text);
            site.setValue(sites.stream().filter(s -> s.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundOrNotYoursException("site " + id + " for letters")));
        });
    }

    private void create() {
        @Nullable LetterKind chosen = kind.getValue();
        @Nullable SiteRow chosenSite = forSite(chosen) ? site.getValue() : null;
        boolean days = forPeriod(chosen);
        BatchRequest request = new BatchRequest(chosen, chosenSite == null ? null : chosenSite.id(),
                days ? from.getValue() : null, days ? to.getValue() : null, language.getValue());
        Map<String, HasValidation> fields = Map.of("site", site, "from", from, "to", to);
        FormErrors.clear(fields);
        downloads.removeAll();
        progress.setVisible(true);
        work.start(p -> {
            try {
                return letters.batch(request, percent -> p.report(percent / 100.0));
            } catch (ValidationException invalid) {
                return invalid;
            }
        }, outcome -> {
            if (outcome instanceof ValidationException invalid) {
                FormErrors.show(invalid, fields);
            } else if (outcome instanceof LetterFile file) {
                downloads.add(PdfLink.of("letter-batch-download", file,
                        getTranslation("letters.batchReady", file.letters(), file.fileName())));
            }
        });
    }

    @Override
    public String heading() {
        return getTranslation("letters.batchHeading");
    }
}
