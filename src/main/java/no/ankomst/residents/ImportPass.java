package no.ankomst.residents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import no.ankomst.base.Violations;
import no.ankomst.residents.ImportRowReader.ParsedRow;
import no.ankomst.residents.RegistrationImportRecords.ProgressListener;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.security.Scope;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a stored registration list: reads it a chunk of rows at a time, runs the registration
 * rules on every row and hands each chunk's valid rows to a {@link Sink}. Preview and commit run the
 * same pass (the commit again, since the database may have changed in between), so only a chunk and
 * the numbers seen so far are ever in memory.
 */
final class ImportPass {

    static final int CHUNK = 500;

    /** A row that broke no rule, with the relation its household gives it. */
    record ValidRow(int row, NewResident resident, @Nullable String identityNumber, @Nullable String householdKey,
                    Relation relation) {
    }

    /** Receives the valid rows of each chunk, in file order. */
    @FunctionalInterface
    interface Sink {
        void accept(List<ValidRow> rows);
    }

    /** {@code fatal}: the file cannot be imported at all (its errors say why). */
    record Outcome(int rows, int validRows, int invalidRows, int households, List<RowError> errors, int errorCount,
                   boolean fatal) {
    }

    private final ImportFile file;
    private final Scope scope;
    private final LocalDate today;
    private final RegistrationImportRepository repository;
    private final int maxRows;
    private final ImportErrors errors;
    private final ImportHouseholds households = new ImportHouseholds();
    private final ImportUniqueness uniqueness = new ImportUniqueness();
    private int rows;
    private int validRows;
    private int invalidRows;

    ImportPass(ImportFile file, Scope scope, LocalDate today, RegistrationImportRepository repository, int maxRows,
               int maxErrorsKept) {
        this.file = file;
        this.scope = scope;
        this.today = today;
        this.repository = repository;
        this.maxRows = maxRows;
        this.errors = new ImportErrors(maxErrorsKept);
    }

    Outcome run(long siteId, ProgressListener progress, Sink sink) {
        ImportFile.ByteCounter counter = new ImportFile.ByteCounter();
        try (CSVParser parser = file.open(counter)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return fatal(new RowError(0, null, "import.error.empty", List.of()));
            }
            List<RowError> headerErrors = new ArrayList<>();
            ImportRowReader reader = ImportRowReader.forHeader(records.next(), siteId, headerErrors);
            if (!headerErrors.isEmpty()) {
                headerErrors.forEach(errors::add);
                return outcome(true);
            }
            List<ParsedRow> chunk = new ArrayList<>(CHUNK);
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                if (ImportRowReader.isBlank(record)) {
                    continue;
                }
                if (++rows > maxRows) {
                    return fatal(new RowError((int) record.getRecordNumber(), null, "import.error.tooManyRows",
                            List.of(maxRows)));
                }
                chunk.add(reader.read(record));
                if (chunk.size() == CHUNK) {
                    sink.accept(check(chunk));
                    chunk.clear();
                    progress.progress((double) counter.count() / Math.max(1, file.size()), rows);
                }
            }
            if (rows == 0) {
                return fatal(new RowError(0, null, "import.error.noRows", List.of(file.name())));
            }
            sink.accept(check(chunk));
            progress.progress(1.0, rows);
            return outcome(false);
        } catch (BrokenQuoting broken) {
            return fatal(new RowError(broken.row, null, "import.error.quoting", List.of(broken.line)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** commons-csv reports broken quoting as an IOException while looking for the next record. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException broken) {
            throw new BrokenQuoting((int) parser.getRecordNumber() + 1, parser.getCurrentLineNumber());
        }
    }

    private List<ValidRow> check(List<ParsedRow> chunk) {
        ImportRegistry registry = ImportRegistry.load(chunk, repository);
        List<ValidRow> valid = new ArrayList<>(chunk.size());
        for (ParsedRow parsed : chunk) {
            List<RowError> found = new ArrayList<>(parsed.readErrors());
            Violations violations = new Violations();
            IdentityNumber identityNumber = RegistrationValidator.check(violations, parsed.resident(), scope, today,
                    registry);
            ImportErrors.addRuleViolations(parsed.row(), violations.all(), found);
            if (found.isEmpty()) {
                uniqueness.check(parsed, identityNumber, found);
            }
            Relation relation = households.place(parsed.row(), parsed.householdKey(), parsed.relation(), found);
            boolean ok = found.isEmpty();
            households.settle(parsed.row(), parsed.householdKey(), relation, ok);
            if (ok) {
                validRows++;
                uniqueness.remember(parsed, identityNumber);
                valid.add(new ValidRow(parsed.row(), parsed.resident(),
                        identityNumber == null ? null : identityNumber.value(), parsed.householdKey(), relation));
            } else {
                invalidRows++;
                found.forEach(errors::add);
            }
        }
        return valid;
    }

    private Outcome fatal(RowError error) {
        errors.add(error);
        return outcome(true);
    }

    private Outcome outcome(boolean fatal) {
        return new Outcome(rows, validRows, invalidRows, households.count(), errors.kept(), errors.count(), fatal);
    }

    private static final class BrokenQuoting extends RuntimeException {
        private final int row;
        private final long line;

        BrokenQuoting(int row, long line) {
            super("broken quoting in row " + row, null, false, false);
            this.row = row;
            this.line = line;
        }
    }
}
