package no.ankomst.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Norsk bokmål / English; switching reloads the page so every text is drawn again. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<String> remember) {
        setId("language-switch");
        setItems(List.of(I18n.NORWEGIAN, I18n.ENGLISH));
        setItemLabelGenerator(locale -> locale.getLanguage().equals("nb") ? "Norsk bokmål" : "English");
        setAriaLabel("Language / Språk");
        setValue(UI.getCurrent().getLocale().getLanguage().equals("en") ? I18n.ENGLISH : I18n.NORWEGIAN);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LocaleInitializer.choose(event.getValue());
                remember.accept(event.getValue().getLanguage());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
