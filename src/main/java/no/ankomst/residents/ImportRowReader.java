package no.ankomst.residents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns the header and each data row of a registration list into registrations. Only what cannot
 * even be read is reported here (a date that is no date, an unknown sex); the registration rules
 * themselves run afterwards on the result, exactly as for the form.
 */
final class ImportRowReader {

    /** A data row as a registration; {@code readErrors} are the cells that could not be read. */
    record ParsedRow(int row, NewResident resident, @Nullable String householdKey, @Nullable Relation relation,
                     List<RowError> readErrors) {
    }

    private final Map<ImportColumn, Integer> positions;
    private final int width;
    private final long siteId;

    private ImportRowReader(Map<ImportColumn, Integer> positions, int width, long siteId) {
        this.positions = positions;
        this.width = width;
        this.siteId = siteId;
    }

    /** The reader for this header, or the header's errors (row 1): unknown, repeated or missing columns. */
    static ImportRowReader forHeader(CSVRecord header, long siteId, List<RowError> errors) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            // Excel writes a byte-order mark before the first name
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            int position = i;
            ImportColumn.byHeader(name).ifPresentOrElse(
                    column -> {
                        if (positions.putIfAbsent(column, position) != null) {
                            repeated.add(name);
                        }
                    },
                    () -> unknown.add(name.isEmpty() ? "(" + (position + 1) + ")" : name));
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(c -> c.required() && !positions.containsKey(c)).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(1, String.join(", ", missing), "import.error.missingColumns",
                    List.of(String.join(", ", missing))));
        }
        if (!unknown.isEmpty()) {
            errors.add(new RowError(1, String.join(", ", unknown), "import.error.unknownColumns",
                    List.of(String.join(", ", unknown))));
        }
        if (!repeated.isEmpty()) {
            errors.add(new RowError(1, String.join(", ", repeated), "import.error.repeatedColumns",
                    List.of(String.join(", ", repeated))));
        }
        return new ImportRowReader(positions, header.size(), siteId);
    }

    /** A row of empty cells, as spreadsheets leave at the end; skipped without an error. */
    static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    ParsedRow read(CSVRecord record) {
        int row = (int) record.getRecordNumber();
        List<RowError> errors = new ArrayList<>();
        if (record.size() != width) {
            errors.add(new RowError(row, null, "import.error.cellCount", List.of(record.size(), width)));
        }
        Cells cells = new Cells(record, row, errors);
        String householdKey = cells.text(ImportColumn.HOUSEHOLD_KEY);
        NewResident resident = new NewResident(
                nonNull(cells.text(ImportColumn.FAMILY_NAME)), nonNull(cells.text(ImportColumn.GIVEN_NAMES)),
                cells.text(ImportColumn.FAMILY_NAME_CYRILLIC), cells.text(ImportColumn.GIVEN_NAMES_CYRILLIC),
                cells.date(ImportColumn.BIRTH_DATE), cells.sex(), cells.codes(ImportColumn.CITIZENSHIPS, true),
                cells.codes(ImportColumn.LANGUAGES, false), cells.text(ImportColumn.PHONE), Set.of(), null,
                cells.date(ImportColumn.ARRIVAL_DATE), cells.text(ImportColumn.IDENTITY_NUMBER), document(cells),
                registration(cells), siteId, null, null, false, null);
        Relation relation = cells.relation();
        return new ParsedRow(row, resident, householdKey, relation, errors);
    }

    private static @Nullable DocumentInput document(Cells cells) {
        String type = cells.text(ImportColumn.DOCUMENT_TYPE);
        String number = cells.text(ImportColumn.DOCUMENT_NUMBER);
        String country = cells.text(ImportColumn.DOCUMENT_COUNTRY);
        if (type == null && number == null && country == null) {
            return null;
        }
        return new DocumentInput(cells.documentType(), nonNull(number), nonNull(country), null);
    }

    private static @Nullable PoliceRegistrationInput registration(Cells cells) {
        LocalDate on = cells.date(ImportColumn.POLICE_REGISTERED_ON);
        String district = cells.text(ImportColumn.POLICE_DISTRICT);
        String card = cells.text(ImportColumn.ASYLUM_CARD_NUMBER);
        if (on == null && district == null && card == null && !cells.has(ImportColumn.POLICE_REGISTERED_ON)) {
            return null;
        }
        return new PoliceRegistrationInput(on, nonNull(district), false, false, false, card, false);
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** The cells of one row by column; a cell that cannot be read adds an error and reads as empty. */
    private final class Cells {
        private final CSVRecord record;
        private final int row;
        private final List<RowError> errors;

        Cells(CSVRecord record, int row, List<RowError> errors) {
            this.record = record;
            this.row = row;
            this.errors = errors;
        }

        /** Whether the cell holds something (even something unreadable). */
        boolean has(ImportColumn column) {
            Integer position = positions.get(column);
            return position != null && position < record.size() && !record.get(position).isBlank();
        }

        @Nullable String text(ImportColumn column) {
            return has(column) ? record.get(positions.get(column)).strip() : null;
        }

        @Nullable LocalDate date(ImportColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notIso) {
                return fail(column, "import.error.date", text);
            }
        }

        @Nullable Sex sex() {
            String text = text(ImportColumn.SEX);
            if (text == null) {
                return null;
            }
            return switch (text.toUpperCase(Locale.ROOT)) {
                case "F", "FEMALE" -> Sex.FEMALE;
                case "M", "MALE" -> Sex.MALE;
                case "X", "OTHER" -> Sex.OTHER;
                default -> fail(ImportColumn.SEX, "import.error.sex", text);
            };
        }

        @Nullable Relation relation() {
            String text = text(ImportColumn.RELATION);
            return text == null ? null : named(Relation.class, ImportColumn.RELATION, "import.error.relation", text);
        }

        @Nullable DocumentType documentType() {
            String text = text(ImportColumn.DOCUMENT_TYPE);
            return text == null ? null
                    : named(DocumentType.class, ImportColumn.DOCUMENT_TYPE, "import.error.documentType", text);
        }

        /** "UA;PL", "UA, PL" or "UA PL": countries upper-case, languages lower-case. */
        List<String> codes(ImportColumn column, boolean upperCase) {
            String text = text(column);
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(text.split("[;,\\s]+")).filter(code -> !code.isEmpty())
                    .map(code -> upperCase ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT))
                    .distinct().toList();
        }

        private <E extends Enum<E>> @Nullable E named(Class<E> type, ImportColumn column, String rule, String text) {
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException unknown) {
                return fail(column, rule, text);
            }
        }

        private <T> @Nullable T fail(ImportColumn column, String rule, String text) {
            errors.add(new RowError(row, column.header(), rule, List.of(text)));
            return null;
        }
    }
}
