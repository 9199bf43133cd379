package no.ankomst.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.Command;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What every list does alike: a row opens with a click and, for keyboard users, with Enter or Space on the
 * focused row (a grid's item-click event fires for the mouse only); and an empty list says what is missing
 * and what to do instead of showing nothing.
 */
public final class Grids {

    private Grids() {
    }

    public static <T> void opensRows(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(event -> open.accept(event.getItem()));
        opensRowsWithKeys(grid, open);
    }

    /** Enter or Space opens the focused row; for grids whose click selects and whose double click opens. */
    public static <T> void opensRowsWithKeys(Grid<T> grid, Consumer<T> open) {
        FocusedRow<T> focused = new FocusedRow<>();
        grid.addCellFocusListener(event -> focused.item = event.getItem().orElse(null));
        Command openFocused = () -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        };
        Shortcuts.addShortcutListener(grid, openFocused, Key.ENTER).listenOn(grid);
        Shortcuts.addShortcutListener(grid, openFocused, Key.SPACE).listenOn(grid);
    }

    /** The text shown when the list has no rows: what is missing, and what to do (change the filter, add one). */
    public static void emptyState(Grid<?> grid, String i18nKey) {
        grid.setEmptyStateText(I18n.t(i18nKey));
    }

    private static final class FocusedRow<T> {
        private @Nullable T item;
    }
}
