package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import no.ankomst.base.Age;
import java.util.List;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;
import no.ankomst.security.Permissions;

/**
 * The resident page's fixed header: who and where, warnings and every feature's badges, the page's own
 * actions (when the user may change the person) and the actions features contribute (when the role has
 * their capability). Redrawn on {@link ResidentPageContext#refresh()}.
 */
final class ResidentHeader extends VerticalLayout {

    ResidentHeader(ResidentDetail p, LocalDate today, List<ResidentHeaderBadges> featureBadges,
                   List<ResidentAction> featureActions, Permissions permissions, ResidentPageContext page,
                   Component ownActions) {
        H2 name = new H2(p.familyName() + ", " + p.givenNames());
        name.setId("resident-name");
        Div cyrillic = new Div(p.familyNameCyrillic() == null ? "" : p.familyNameCyrillic() + ", "
                + (p.givenNamesCyrillic() == null ? "" : p.givenNamesCyrillic()));
        cyrillic.addClassName("name-cyrillic");
        StayLine current = p.stays().stream().filter(s -> s.checkedOutOn() == null && !s.fromMergedRecord())
                .findFirst().orElse(null);
        String where = current == null ? getTranslation("residents.noCurrentStay")
                : current.siteName() + " · " + (current.unitName() == null ? getTranslation("residents.noBed")
                : current.unitName() + " / " + current.bedLabel());
        HorizontalLayout facts = new HorizontalLayout(
                fact("field.age", String.valueOf(Age.of(p.birthDate()).on(today))),
                fact("field.identityNumber", p.identityNumber() == null ? "–" : p.identityNumber()),
                fact("field.where", where),
                fact("field.householdSize", String.valueOf(p.household().size())));
        facts.setWrap(true);
        HorizontalLayout warnings = new HorizontalLayout();
        warnings.setId("resident-badges");
        if (current != null && current.unitName() == null) {
            warnings.add(Chip.of(getTranslation("residents.noBed"), Chip.Tone.WARNING));
        }
        featureBadges.forEach(feature -> feature.badges(p.id()).forEach(warnings::add));
        p.needs().forEach(n -> warnings.add(Chip.of(getTranslation("need." + n.name()), Chip.Tone.INFO)));
        add(name, cyrillic, facts, warnings);
        if (p.editable()) {
            add(ownActions);
        }
        HorizontalLayout contributed = new HorizontalLayout();
        featureActions.stream().filter(action -> permissions.may(action.capability()) && action.shownFor(p.id()))
                .forEach(action -> contributed.add(render(action, page)));
        if (contributed.getComponentCount() > 0) {
            add(contributed);
        }
        addClassName("resident-header");
        setPadding(false);
    }

    private Component render(ResidentAction action, ResidentPageContext page) {
        Component shown = action.href(page.personId())
                .<Component>map(href -> new Anchor(href, getTranslation(action.labelKey())))
                .orElseGet(() -> new Button(getTranslation(action.labelKey()), e -> action.run(page)));
        shown.setId(action.id());
        return shown;
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
}
