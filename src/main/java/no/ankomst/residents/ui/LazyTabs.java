package no.ankomst.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.function.Supplier;

/**
 * Adds a tab whose content is created the first time the tab is selected, not when the page opens: the
 * resident page hosts many features' tabs and should read only what the user looks at.
 */
final class LazyTabs {

    private LazyTabs() {
    }

    static Tab add(TabSheet tabs, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(label, holder);
        Runnable createOnce = () -> {
            if (holder.getComponentCount() == 0) {
                holder.add(content.get());
            }
        };
        tabs.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == tab) {
                createOnce.run();
            }
        });
        if (tabs.getSelectedTab() == tab) {
            createOnce.run();
        }
        return tab;
    }
}
