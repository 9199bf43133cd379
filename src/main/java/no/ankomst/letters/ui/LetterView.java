package no.ankomst.letters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.ankomst.base.ui.BackgroundWork;
import no.ankomst.base.ui.Codes;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.base.ui.RouteIds;
import no.ankomst.letters.LetterKind;
import no.ankomst.letters.LetterLanguage;
import no.ankomst.letters.LetterRecords.LetterOptions;
import no.ankomst.letters.LetterService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.jspecify.annotations.Nullable;

/**
 * One person's letters ({@code letters/person/<person id>}): which letter (those that apply and the user may make),
 * in which language (the person's, changeable, and for staff of the person's site storable as the person's choice),
 * produced in the background and offered for download. A person out of the user's reach, a malformed or unknown id
 * end on "not found, or not yours" (refused and audited by the service).
 */
@Route(LetterView.ROUTE)
@RolesAllowed({"CENTRE_STAFF", "HEALTH_STAFF", "SETTLEMENT_COORDINATOR", "SETTLEMENT_OFFICER"})
@RouteCapability(Capability.WRITE_LETTERS)
public class LetterView extends VerticalLayout implements HasUrlParameter<String>, PageHeading {

    static final String ROUTE = "letters/person";

    private final LetterService letters;
    private final Select<LetterKind> kind = new Select<>();
    private final Select<LetterLanguage> language = new Select<>();
    private final Checkbox remember = new Checkbox();
    private final ProgressBar progress = new ProgressBar();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final BackgroundWork work;
    private long personId;

    LetterView(LetterService letters) {
        this.letters = letters;
        setId("letter-view");
        progress.setId("letter-progress");
        progress.setVisible(false);
        downloads.setId("letter-downloads");
        work = new BackgroundWork(this, progress).onFinish(() -> progress.setVisible(false));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        downloads.removeAll();
        personId = RouteIds.parse(parameter);
        LetterOptions options = RouteIds.load("person", personId, () -> letters.options(personId));
        H2 name = new H2(options.nameCyrillic() == null ? options.name()
                : options.name() + " / " + options.nameCyrillic());
        name.setId("letter-person-name");
        Span recorded = new Span(getTranslation("letters.recordedLanguages") + ": "
                + (options.recordedLanguages().isEmpty() ? getTranslation("letters.noneRecorded")
                : Codes.languages(options.recordedLanguages())));
        recorded.setId("letter-recorded-languages");
        add(name, recorded);
        if (options.kinds().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("letters.none"));
            none.setId("letter-none");
            add(none);
            return;
        }
        add(createForm(options), progress, downloads);
    }

    private HorizontalLayout createForm(LetterOptions options) {
        kind.setId("letter-kind");
        kind.setLabel(getTranslation("letters.kind"));
        kind.setItems(options.kinds());
        kind.setItemLabelGenerator(k -> getTranslation(k.i18nKey()));
        kind.setValue(options.kinds().getFirst());
        language.setId("letter-language");
        language.setLabel(getTranslation("letters.language"));
        language.setItems(LetterLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation(l.i18nKey()));
        language.setValue(options.language());
        remember.setId("letter-remember");
        remember.setLabel(getTranslation("letters.remember"));
        remember.setVisible(options.mayChooseLanguage());
        remember.setEnabled(false);
        language.addValueChangeListener(e -> remember.setEnabled(e.getValue() != options.language()));
        Button create = new Button(getTranslation("letters.create"), e -> create());
        create.setId("letter-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(kind, language, remember, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void create() {
        @Nullable LetterKind chosenKind = kind.getValue();
        @Nullable LetterLanguage chosenLanguage = language.getValue();
        if (remember.isVisible() && remember.isEnabled() && remember.getValue() && chosenLanguage != null) {
            letters.chooseLanguage(personId, chosenLanguage.code());
            remember.setEnabled(false);
        }
        downloads.removeAll();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        long person = personId;
        work.start(p -> letters.letter(person, chosenKind, chosenLanguage),
                file -> downloads.add(PdfLink.of("letter-download", file, file.fileName())));
    }

    @Override
    public String heading() {
        return getTranslation("letters.heading");
    }
}
