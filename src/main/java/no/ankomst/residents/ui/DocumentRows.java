package no.ankomst.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ui.Dates;
import no.ankomst.residents.DocumentType;
import no.ankomst.residents.ResidentRecords.DocumentEdit;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import org.jspecify.annotations.Nullable;

/** The documents seen, one editable row each; rows can be added and removed. */
class DocumentRows extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    DocumentRows(List<DocumentEdit> documents) {
        setPadding(false);
        list.setPadding(false);
        documents.forEach(d -> addRow(d.id(), d.document()));
        Button add = new Button(getTranslation("edit.addDocument"), VaadinIcon.PLUS.create(),
                e -> addRow(null, new DocumentInput(DocumentType.PASSPORT, "", "UA", null)));
        add.setId("edit-add-document");
        add(list, add);
    }

    private void addRow(@Nullable Long id, DocumentInput document) {
        Row row = new Row(id, document);
        rows.add(row);
        list.add(row);
        reindex();
    }

    private void reindex() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.number.setId("edit-document-" + i + "-number");
            row.country.setId("edit-document-" + i + "-country");
            row.remove.setId("edit-document-" + i + "-remove");
        }
    }

    List<DocumentEdit> value() {
        return rows.stream().map(r -> new DocumentEdit(r.id, new DocumentInput(r.type.getValue(),
                r.number.getValue(), r.country.getValue(), r.expiry.getValue()))).toList();
    }

    /** Each row's fields under the names the rules use ({@code documents.<row>.documentNumber}). */
    void putFields(Map<String, HasValidation> fields) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            fields.put("documents." + i + ".documentType", row.type);
            fields.put("documents." + i + ".documentNumber", row.number);
            fields.put("documents." + i + ".documentCountry", row.country);
        }
    }

    private final class Row extends HorizontalLayout {
        private final @Nullable Long id;
        private final Select<DocumentType> type = new Select<>();
        private final TextField number = new TextField(getTranslation("field.documentNumber"));
        private final TextField country = new TextField(getTranslation("field.documentCountry"));
        private final DatePicker expiry = Dates.picker(getTranslation("field.expiryDate"));
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(@Nullable Long id, DocumentInput document) {
            this.id = id;
            type.setLabel(getTranslation("field.documentType"));
            type.setItems(DocumentType.values());
            type.setItemLabelGenerator(t -> getTranslation("documentType." + t.name()));
            type.setValue(document.type());
            number.setValue(document.number());
            country.setValue(document.issuingCountry());
            country.setMaxLength(2);
            country.setWidth("6em");
            expiry.setValue(document.expiryDate());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("edit.removeDocument"));
            remove.addClickListener(e -> {
                rows.remove(this);
                list.remove(this);
                reindex();
            });
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(type, number, country, expiry, remove);
        }
    }
}
