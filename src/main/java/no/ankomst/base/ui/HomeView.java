package no.ankomst.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ankomst.base.WorklistItem;
import no.ankomst.base.WorklistSource;
import no.ankomst.base.ui.PageHeading;

/**
 * The home page is a worklist: what needs doing in my scope today, each line a live count that opens
 * the filtered list behind it. Features add lines by providing a {@link WorklistSource}, and blocks below it (the
 * charts of the last weeks) by providing a {@link HomeSection}: the work first, the picture after.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final List<WorklistSource> sources;
    private final List<HomeSection> sections;
    private final Div below = new Div();
    private final VerticalLayout worklist = new VerticalLayout();

    HomeView(List<WorklistSource> sources, List<HomeSection> sections) {
        this.sources = sources;
        this.sections = sections;
        setId("home-view");
        below.setId("home-sections");
        below.setWidthFull();
        worklist.setId("worklist");
        worklist.setPadding(false);
        add(worklist, below);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // counted on every visit, not cached: the list must be true when the user looks at it
        below.removeAll();
        sections.forEach(section -> section.createForCurrentUser().ifPresent(below::add));
        worklist.removeAll();
        List<WorklistItem> items = sources.stream().flatMap(source -> source.itemsForCurrentUser().stream())
                .toList();
        if (items.stream().allMatch(item -> item.count() == 0)) {
            worklist.add(new Paragraph(getTranslation("home.nothingToDo")));
        }
        items.forEach(item -> worklist.add(line(item)));
    }

    private Div line(WorklistItem item) {
        Span count = Chip.of(String.valueOf(item.count()), tone(item));
        Anchor link = new Anchor(item.route(), getTranslation(item.labelKey()));
        Div line = new Div(count, link);
        line.addClassName("worklist-line");
        return line;
    }

    private static Chip.Tone tone(WorklistItem item) {
        if (item.count() == 0) {
            return Chip.Tone.MUTED;
        }
        return switch (item.severity()) {
            case ERROR -> Chip.Tone.ERROR;
            case WARNING -> Chip.Tone.WARNING;
            case INFO -> Chip.Tone.INFO;
        };
    }

    @Override
    public String heading() {
        return getTranslation("home.title");
    }
}
