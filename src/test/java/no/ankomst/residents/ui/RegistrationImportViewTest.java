package no.ankomst.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.PreviewRow;
import no.ankomst.residents.RegistrationImportRecords.PreviewToken;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.Relation;
import no.ankomst.residents.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class RegistrationImportViewTest extends SpringBrowserlessTest {

    private static Preview previewWithOneError() {
        return new Preview(new PreviewToken(UUID.randomUUID()), 1, "UTF-8", List.of(), 2, 1, 1, 1,
                List.of(new PreviewRow(2, "Kovalenko", "Oksana", "Коваленко", "Оксана", LocalDate.of(1985, 4, 12),
                        Sex.FEMALE, List.of("UA"), null, null, Relation.HEAD)),
                List.of(new RowError(3, "identity_number", "validation.identityNumber.checkDigit2", List.of())), 1);
    }

    @Test
    @WithUserDetails("staff")
    void staff_open_the_import_with_their_site_chosen_and_an_upload() {
        navigate(RegistrationImportView.class);

        @SuppressWarnings("unchecked")
        ComboBox<SiteRow> site = $(ComboBox.class).id("import-site");
        assertThat(site.getValue().name()).isEqualTo("Nasjonalt ankomstsenter Råde");
        assertThat($(Upload.class).id("import-upload").getMaxFiles()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void managers_cannot_open_the_import() {
        UI.getCurrent().navigate("residents/import");
        assertThat(getCurrentView()).isNotInstanceOf(RegistrationImportView.class);
    }

    @Test
    @WithUserDetails("staff")
    void a_preview_with_errors_shows_row_column_and_rule_and_offers_only_the_valid_rows() {
        RegistrationImportView view = navigate(RegistrationImportView.class);
        // hidden until there is a preview, so not found by the visible-only query
        ImportPreviewPanel panel = view.getChildren().filter(ImportPreviewPanel.class::isInstance)
                .map(ImportPreviewPanel.class::cast).findFirst().orElseThrow();

        panel.show(previewWithOneError());

        @SuppressWarnings("unchecked")
        Grid<RowError> errors = $(Grid.class).id("import-errors");
        assertThat(test(errors).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(errors).getCellText(0, 1)).isEqualTo("identity_number");
        assertThat(test(errors).getCellText(0, 2)).isNotBlank().doesNotContain("validation.");
        assertThat($(Button.class).withId("import-all").all()).as("hidden: the file has errors").isEmpty();
        assertThat($(Button.class).id("import-valid-only").isVisible()).isTrue();
        assertThat($(Button.class).id("import-valid-only").getText()).contains("1");
    }
}
