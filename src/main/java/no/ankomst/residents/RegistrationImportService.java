package no.ankomst.residents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ankomst.accommodation.StayService;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.PendingImports.Pending;
import no.ankomst.residents.RegistrationImportRecords.ImportResult;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.PreviewRow;
import no.ankomst.residents.RegistrationImportRecords.PreviewToken;
import no.ankomst.residents.RegistrationImportRecords.ProgressListener;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports a registration list (docs/import-format.md) in two steps. {@link #preview} stores the file,
 * runs the registration rules on every row and writes nothing. {@link #commit} imports only a file
 * its user previewed, in one transaction: all of it, or — when the preview found errors and the user
 * chose so explicitly — all of its valid rows; if anything fails, nothing is imported.
 */
@Service
public class RegistrationImportService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_ERRORS_SHOWN = 1_000;
    public static final int PREVIEW_ROWS = 100;
    static final String ENTITY = "site";

    private final RegistrationImportRepository repository;
    private final PendingImports pending;
    private final StayService stays;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final AuditService audit;
    private final Clock clock;

    RegistrationImportService(RegistrationImportRepository repository, PendingImports pending, StayService stays,
                              CurrentUser currentUser, Permissions permissions, AuditService audit, Clock clock) {
        this.permissions = permissions;
        this.repository = repository;
        this.pending = pending;
        this.stays = stays;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads and checks every row of {@code csv} (uploaded as {@code fileName}) for check-in at
     * {@code siteId}; writes nothing.
     */
    @Transactional(readOnly = true)
    public Preview preview(InputStream csv, String fileName, long siteId, ProgressListener progress) {
        Scope scope = requireImporter(siteId);
        ImportFile file;
        try {
            file = ImportFile.store(csv, fileName, MAX_BYTES);
        } catch (ImportFile.TooLarge tooLarge) {
            return refused(siteId, new RowError(0, null, "import.error.tooLarge", List.of(MAX_BYTES / (1024 * 1024))));
        } catch (ImportFile.NotText notText) {
            return refused(siteId, new RowError(0, null, notText.ruleKey(), List.of(fileName)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        boolean kept = false;
        try {
            List<PreviewRow> shown = new ArrayList<>();
            ImportPass.Outcome outcome = pass(file, scope).run(siteId, progress, rows -> rows.stream()
                    .limit(PREVIEW_ROWS - shown.size()).map(RegistrationImportService::previewRow).forEach(shown::add));
            PreviewToken token = null;
            if (!outcome.fatal() && outcome.validRows() > 0) {
                token = pending.put(owner(), siteId, file, outcome.invalidRows() > 0);
                kept = true;
            }
            List<String> warnings = file.readAsWindows1251() ? List.of("import.warning.windows1251") : List.of();
            return new Preview(token, siteId, file.charset().name(), warnings, outcome.rows(), outcome.validRows(),
                    outcome.invalidRows(), outcome.households(), List.copyOf(shown), outcome.errors(),
                    outcome.errorCount());
        } finally {
            if (!kept) {
                file.delete();
            }
        }
    }

    /**
     * Imports the previewed file. With errors in the preview it imports only if {@code validRowsOnly};
     * a row that has become invalid since (someone registered the same number meanwhile) is then left
     * out too, while without {@code validRowsOnly} it stops the whole import.
     */
    @Transactional
    public ImportResult commit(PreviewToken token, boolean validRowsOnly, ProgressListener progress) {
        Pending taken = pending.take(token, owner())
                .orElseThrow(() -> ValidationException.of("import", "import.error.noPreview"));
        // a rolled-back import may be tried again; a committed one never twice
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    taken.file().delete();
                } else {
                    pending.restore(taken);
                }
            }
        });
        Scope scope = requireImporter(taken.siteId());
        if (taken.hadErrors() && !validRowsOnly) {
            throw ValidationException.of("import", "import.error.hasErrors");
        }
        ImportWriter writer = new ImportWriter(repository, stays, taken.siteId(), today());
        ImportPass.Outcome outcome = pass(taken.file(), scope).run(taken.siteId(), progress, writer);
        if (outcome.fatal() || (outcome.invalidRows() > 0 && !validRowsOnly)) {
            throw ValidationException.of("import", "import.error.changedSincePreview");
        }
        if (writer.persons() == 0) {
            throw ValidationException.of("import", "import.error.nothingValid");
        }
        audit.record(AuditAction.REGISTRATION_IMPORTED, ENTITY, taken.siteId(), "imported " + writer.persons()
                + " persons in " + writer.households() + " new households from a registration list of "
                + outcome.rows() + " rows (" + taken.file().size() + " bytes, " + taken.file().charset().name()
                + "), checked in at site " + taken.siteId() + "; " + outcome.invalidRows() + " rows left out");
        return new ImportResult(writer.persons(), writer.households(), outcome.invalidRows());
    }

    /** A file that cannot be read at all: its one error, nothing kept. */
    private static Preview refused(long siteId, RowError error) {
        return new Preview(null, siteId, "", List.of(), 0, 0, 0, 0, List.of(), List.of(error), 1);
    }

    private ImportPass pass(ImportFile file, Scope scope) {
        return new ImportPass(file, scope, today(), repository, MAX_ROWS, MAX_ERRORS_SHOWN);
    }

    private static PreviewRow previewRow(ImportPass.ValidRow row) {
        var r = row.resident();
        return new PreviewRow(row.row(), r.familyName(), r.givenNames(), r.familyNameCyrillic(),
                r.givenNamesCyrillic(), r.birthDate(), r.sex(), r.citizenships(), row.identityNumber(),
                row.householdKey(), row.relation());
    }

    /** Importing is registering: administrators and centre staff, at a site in their scope. */
    private Scope requireImporter(long siteId) {
        Scope scope = permissions.require(Capability.IMPORT);
        if (!scope.coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
        return scope;
    }

    private String owner() {
        return currentUser.get().map(SignedInUser::getUsername)
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
