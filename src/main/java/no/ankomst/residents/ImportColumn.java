package no.ankomst.residents;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The documented columns of a registration list (docs/import-format.md), each with the form field whose
 * rules it feeds, so a broken rule names the column the user typed it in.
 */
enum ImportColumn {
    FAMILY_NAME("family_name", "familyName", true),
    GIVEN_NAMES("given_names", "givenNames", true),
    FAMILY_NAME_CYRILLIC("family_name_cyrillic", "familyNameCyrillic", false),
    GIVEN_NAMES_CYRILLIC("given_names_cyrillic", "givenNamesCyrillic", false),
    BIRTH_DATE("birth_date", "birthDate", true),
    SEX("sex", "sex", true),
    CITIZENSHIPS("citizenships", "citizenships", false),
    LANGUAGES("languages", "languages", false),
    PHONE("phone", "phone", false),
    IDENTITY_NUMBER("identity_number", "identityNumber", false),
    ARRIVAL_DATE("arrival_date", "arrivalDate", false),
    DOCUMENT_TYPE("document_type", "documentType", false),
    DOCUMENT_NUMBER("document_number", "documentNumber", false),
    DOCUMENT_COUNTRY("document_country", "documentCountry", false),
    POLICE_REGISTERED_ON("police_registered_on", "registeredOn", false),
    POLICE_DISTRICT("police_district", "policeDistrict", false),
    ASYLUM_CARD_NUMBER("asylum_card_number", "asylumCardNumber", false),
    HOUSEHOLD_KEY("household_key", "household", false),
    RELATION("relation", "relation", false);

    private static final Map<String, ImportColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(ImportColumn::header, Function.identity()));
    private static final Map<String, ImportColumn> BY_FIELD = Arrays.stream(values())
            .collect(Collectors.toMap(c -> c.field, Function.identity()));

    private final String header;
    private final String field;
    private final boolean required;

    ImportColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static Optional<ImportColumn> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header));
    }

    /** The column a registration rule's field comes from; null for what no column feeds (the chosen site). */
    static @Nullable String columnOf(String field) {
        ImportColumn column = BY_FIELD.get(field);
        return column == null ? null : column.header;
    }
}
