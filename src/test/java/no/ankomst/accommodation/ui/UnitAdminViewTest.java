package no.ankomst.accommodation.ui;

import static no.ankomst.db.Tables.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.UnitRecords.BedRow;
import no.ankomst.accommodation.UnitService;
import no.ankomst.accommodation.ui.UnitAdminView.Line;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class UnitAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    UnitService units;
    @Autowired
    DSLContext db;

    private long site;

    @BeforeEach
    void aFreshSite() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        site = db.insertInto(SITE).set(SITE.NAME, "Enhetsmottak " + System.nanoTime())
                .set(SITE.TYPE, "ORDINARY_CENTRE").set(SITE.MUNICIPALITY_CODE, "0301")
                .returning(SITE.ID).fetchSingle(SITE.ID);
    }

    @SuppressWarnings("unchecked")
    private void chooseSite() {
        Select<SiteRow> select = $(Select.class).id("units-site");
        select.setValue(select.getListDataView().getItems().filter(s -> s.id() == site).findFirst().orElseThrow());
    }

    @Test
    void a_unit_and_a_bed_are_added_then_the_bed_is_blocked() {
        navigate(UnitAdminView.class);
        chooseSite();

        test($(TextField.class).id("units-unit-name")).setValue("Hus A");
        test($(Button.class).id("units-unit-save")).click();
        test($(TextField.class).id("units-bed-label")).setValue("A1");
        test($(Button.class).id("units-bed-save")).click();

        BedRow bed = units.units(site).getFirst().beds().getFirst();
        assertThat(bed.label()).isEqualTo("A1");
        @SuppressWarnings("unchecked")
        Grid<Line> grid = $(Grid.class).id("units-beds");
        assertThat(test(grid).size()).isEqualTo(1);

        Button block = (Button) test(grid).getCellComponent(0, 5);
        assertThat(block.getId()).contains("units-block-" + bed.id());
        test(block).click();

        assertThat(units.units(site).getFirst().beds().getFirst().blocked()).isTrue();
    }

    @Test
    void a_duplicate_unit_name_is_shown_on_the_field_and_not_saved() {
        units.createUnit(site, "Hus B");
        navigate(UnitAdminView.class);
        chooseSite();

        test($(TextField.class).id("units-unit-name")).setValue("hus b");
        test($(Button.class).id("units-unit-save")).click();

        TextField name = $(TextField.class).id("units-unit-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("already has this name");
        assertThat(units.units(site)).hasSize(1);
    }
}
