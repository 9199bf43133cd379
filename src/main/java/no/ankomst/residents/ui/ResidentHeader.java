package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.base.Age;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.ResidentHeaderBadges;
import no.ankomst.base.ui.ResidentPageContext;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;

/**
 * Who this is, compactly, above the tabs: the name in both scripts as the page's heading; age, identity
 * number, bed and household on one line with the status chips (every feature's badges among them); the page's
 * own actions (when the user may change the person) and the actions features contribute (when the role has
 * their capability) on the next. Redrawn on {@link ResidentPageContext#refresh()}.
 */
final class ResidentHeader extends Div {

    ResidentHeader(ResidentDetail p, LocalDate today, List<ResidentHeaderBadges> featureBadges,
                   List<ResidentAction> featureActions, Permissions permissions, ResidentPageContext page,
                   Component ownActions) {
        setId("resident-header");
        addClassName("resident-header");
        H1 name = new H1(p.familyName() + ", " + p.givenNames());
        name.setId("resident-name");
        name.addClassName("resident-name");
        Div names = new Div(name);
        names.addClassName("resident-header-line");
        if (p.familyNameCyrillic() != null) {
            Span cyrillic = new Span(p.familyNameCyrillic() + ", "
                    + (p.givenNamesCyrillic() == null ? "" : p.givenNamesCyrillic()));
            cyrillic.addClassName("name-cyrillic");
            cyrillic.getElement().setAttribute("lang", "uk");
            names.add(cyrillic);
        }
        StayLine current = p.stays().stream().filter(s -> s.checkedOutOn() == null && !s.fromMergedRecord())
                .findFirst().orElse(null);
        Div facts = new Div(
                fact("field.age", String.valueOf(Age.of(p.birthDate()).on(today))),
                fact("field.identityNumber", p.identityNumber() == null ? "–" : p.identityNumber()),
                fact("field.where", where(current)),
                fact("field.householdSize", String.valueOf(p.household().size())));
        facts.addClassName("resident-header-line");
        Span badges = new Span();
        badges.setId("resident-badges");
        badges.addClassName("resident-badges");
        if (current != null && current.unitName() == null) {
            badges.add(Chip.of(getTranslation("residents.noBed"), Chip.Tone.WARNING));
        }
        featureBadges.forEach(feature -> feature.badges(p.id()).forEach(badges::add));
        p.needs().forEach(n -> badges.add(Chip.of(getTranslation("need." + n.name()), Chip.Tone.INFO)));
        facts.add(badges);
        add(names, facts);
        Div actionLine = new Div();
        actionLine.addClassNames("resident-header-line", "resident-header-actions");
        if (p.editable()) {
            actionLine.add(ownActions);
        }
        featureActions.stream().filter(action -> permissions.may(action.capability()) && action.shownFor(p.id()))
                .forEach(action -> actionLine.add(render(action, page)));
        if (actionLine.getComponentCount() > 0) {
            add(actionLine);
        }
    }

    private String where(@Nullable StayLine current) {
        if (current == null) {
            return getTranslation("residents.noCurrentStay");
        }
        return current.siteName() + " · " + (current.unitName() == null ? getTranslation("residents.noBed")
                : current.unitName() + " / " + current.bedLabel());
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
        Span fact = new Span(label, text);
        fact.addClassName("resident-fact");
        return fact;
    }
}
