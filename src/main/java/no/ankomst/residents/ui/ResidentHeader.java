package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;

/**
 * Who this is, compactly, above the tabs: the name in both scripts as the page's heading; age, identity
 * number, bed and household on one line with the status chips; the actions on the next. It only lays out
 * what the detail view hands it (chips of other features included), so it decides nothing.
 */
final class ResidentHeader extends Div {

    ResidentHeader(ResidentDetail p, LocalDate today, List<Component> chips, List<Component> actions) {
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
        Div facts = new Div(
                fact("field.age", String.valueOf(Period.between(p.birthDate(), today).getYears())),
                fact("field.identityNumber", p.identityNumber() == null ? "–" : p.identityNumber()),
                fact("field.where", where(p)),
                fact("field.householdSize", String.valueOf(p.household().size())));
        facts.addClassName("resident-header-line");
        chips.forEach(facts::add);
        add(names, facts);
        if (!actions.isEmpty()) {
            Div actionLine = new Div(actions.toArray(Component[]::new));
            actionLine.addClassNames("resident-header-line", "resident-header-actions");
            add(actionLine);
        }
    }

    private String where(ResidentDetail p) {
        StayLine current = p.stays().stream().filter(s -> s.checkedOutOn() == null && !s.fromMergedRecord())
                .findFirst().orElse(null);
        if (current == null) {
            return getTranslation("residents.noCurrentStay");
        }
        return current.siteName() + " · " + (current.unitName() == null ? getTranslation("residents.noBed")
                : current.unitName() + " / " + current.bedLabel());
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
