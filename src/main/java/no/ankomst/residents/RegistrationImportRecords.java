package no.ankomst.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the import of a registration list takes and gives (format: docs/import-format.md). */
public final class RegistrationImportRecords {

    private RegistrationImportRecords() {
    }

    /** How far a long step has come; called on the thread doing the work, every few hundred rows. */
    @FunctionalInterface
    public interface ProgressListener {
        /** {@code fraction}: share of the file read, 0 to 1; {@code rows}: data rows read so far. */
        void progress(double fraction, int rows);

        static ProgressListener none() {
            return (fraction, rows) -> { };
        }
    }

    /** Names one previewed file kept on the server for the user who previewed it. */
    public record PreviewToken(UUID id) {
    }

    /**
     * A broken rule. {@code row} is the spreadsheet row (the header is row 1, so the first person is
     * row 2); row 0 is the file as a whole. {@code column} is the CSV column, or null for the whole row.
     */
    public record RowError(int row, @Nullable String column, String ruleKey, List<Object> args) {
    }

    /** One valid row, as the preview grid shows it. */
    public record PreviewRow(int row, String familyName, String givenNames, @Nullable String familyNameCyrillic,
                             @Nullable String givenNamesCyrillic, LocalDate birthDate, Sex sex,
                             List<String> citizenships, @Nullable String identityNumber,
                             @Nullable String householdKey, Relation relation) {
    }

    /**
     * Everything the user needs to decide. {@code token} is null when nothing in the file can be
     * imported (too large, broken quoting, missing columns). {@code errors} holds at most
     * {@link RegistrationImportService#MAX_ERRORS_SHOWN}; {@code errorCount} counts them all.
     * {@code warnings} are i18n keys (e.g. the file was read as windows-1251).
     */
    public record Preview(@Nullable PreviewToken token, long siteId, String encoding, List<String> warnings,
                          int rows, int validRows, int invalidRows, int households, List<PreviewRow> firstValidRows,
                          List<RowError> errors, int errorCount) {

        public boolean canImportAll() {
            return token != null && invalidRows == 0 && validRows > 0;
        }

        public boolean canImportValidRowsOnly() {
            return token != null && validRows > 0;
        }
    }

    /** What a commit wrote: persons (each with an open stay at the site), households, rows left out. */
    public record ImportResult(int imported, int households, int skippedRows) {
    }
}
