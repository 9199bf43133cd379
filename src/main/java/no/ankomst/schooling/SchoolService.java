package no.ankomst.schooling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.schooling.SchoolingRecords.ImportProblem;
import no.ankomst.schooling.SchoolingRecords.SchoolDraft;
import no.ankomst.schooling.SchoolingRecords.SchoolFilter;
import no.ankomst.schooling.SchoolingRecords.SchoolImportPreview;
import no.ankomst.schooling.SchoolingRecords.SchoolRow;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools per municipality, managed by administrators (one by one or imported from CSV, all rows or none);
 * staff who record enrolments read the active schools of a municipality.
 */
@Service
public class SchoolService {

    static final String ENTITY = "school";

    private final SchoolRepository repository;
    private final Permissions permissions;
    private final AuditService audit;

    SchoolService(SchoolRepository repository, Permissions permissions, AuditService audit) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SchoolRow> page(SchoolFilter filter, int offset, int limit) {
        permissions.require(Capability.ADMINISTER);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(SchoolFilter filter) {
        permissions.require(Capability.ADMINISTER);
        return repository.count(filter);
    }

    /** The active schools of a municipality, for choosing one in an enrolment. */
    @Transactional(readOnly = true)
    public List<SchoolRow> activeIn(String municipalityCode) {
        permissions.require(Capability.READ_SCHOOLING);
        return repository.activeIn(municipalityCode);
    }

    @Transactional
    public long create(SchoolDraft school) {
        permissions.require(Capability.ADMINISTER);
        check(school, null);
        long id;
        try {
            id = repository.insert(school);
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("name", "validation.school.nameTaken");
        }
        audit.record(AuditAction.SCHOOL_CREATED, ENTITY, id, "created school " + school.name().strip() + " in "
                + school.municipalityCode());
        return id;
    }

    @Transactional
    public void change(long id, int version, SchoolDraft school) {
        permissions.require(Capability.ADMINISTER);
        SchoolRow before = repository.find(id).orElseThrow(() -> new ConflictException(ENTITY, id));
        check(school, id);
        boolean changed;
        try {
            changed = repository.update(id, version, school);
        } catch (DuplicateKeyException raced) {
            throw ValidationException.of("name", "validation.school.nameTaken");
        }
        if (!changed) {
            throw new ConflictException(ENTITY, id);
        }
        audit.record(AuditAction.SCHOOL_CHANGED, ENTITY, id, "school " + before.name() + " (" + before.municipalityCode()
                + ") now " + school.name().strip() + " (" + school.municipalityCode() + "), active " + school.active());
    }

    private void check(SchoolDraft school, @Nullable Long except) {
        Violations violations = new Violations();
        violations.required("name", school.name()).maxLength("name", school.name(), 150);
        violations.check(school.municipalityCode() != null, "municipality", "validation.required");
        boolean knownMunicipality = school.municipalityCode() != null
                && repository.municipalityExists(school.municipalityCode());
        violations.check(school.municipalityCode() == null || knownMunicipality, "municipality",
                "validation.municipality.unknown");
        violations.check(school.primaryLevel() || school.lowerSecondary(), "levels", "validation.school.noLevel");
        String org = school.orgNumber() == null ? "" : school.orgNumber().strip();
        violations.check(org.isEmpty() || org.matches("[0-9]{9}"), "orgNumber", "validation.school.orgNumber");
        violations.check(org.isEmpty() || !org.matches("[0-9]{9}") || !repository.orgNumberTaken(org, except),
                "orgNumber", "validation.school.orgNumberTaken");
        violations.check(!knownMunicipality || school.name() == null || school.name().isBlank()
                        || !repository.nameTaken(school.municipalityCode(), school.name(), except), "name",
                "validation.school.nameTaken");
        violations.throwIfAny();
    }

    /** Reads a CSV and says what an import would create and what is wrong (row and field), saving nothing. */
    @Transactional(readOnly = true)
    public SchoolImportPreview previewImport(String csv) {
        permissions.require(Capability.ADMINISTER);
        return preview(csv);
    }

    /**
     * Creates every school of the CSV, or none: any problem (of form, an unknown municipality, a name already
     * taken) refuses the whole file with the problems as violations ({@code row<n>.<field>}).
     *
     * @return how many schools were created
     */
    @Transactional
    public int importCsv(String csv) {
        permissions.require(Capability.ADMINISTER);
        SchoolImportPreview preview = preview(csv);
        if (!preview.valid()) {
            throw new ValidationException(preview.problems().stream()
                    .map(p -> new ValidationException.Violation("row" + p.row() + "." + p.field(), p.ruleKey(),
                            p.args()))
                    .toList());
        }
        for (SchoolDraft school : preview.schools()) {
            long id = repository.insert(school);
            audit.record(AuditAction.SCHOOL_CREATED, ENTITY, id, "imported school " + school.name() + " in "
                    + school.municipalityCode());
        }
        audit.record(AuditAction.SCHOOLS_IMPORTED, ENTITY, "csv", preview.schools().size() + " schools imported");
        return preview.schools().size();
    }

    private SchoolImportPreview preview(String csv) {
        List<Integer> rows = new ArrayList<>();
        SchoolImportPreview parsed = SchoolCsv.parse(csv, rows);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Set<String> unknown = new HashSet<>();
        for (int i = 0; i < parsed.schools().size(); i++) {
            SchoolDraft school = parsed.schools().get(i);
            int row = rows.get(i);
            if (unknown.contains(school.municipalityCode()) || !repository.municipalityExists(school.municipalityCode())) {
                unknown.add(school.municipalityCode());
                problems.add(new ImportProblem(row, "municipality_code", "validation.municipality.unknown",
                        List.of(school.municipalityCode())));
            } else if (repository.nameTaken(school.municipalityCode(), school.name(), null)) {
                problems.add(new ImportProblem(row, "name", "validation.school.nameTaken", List.of(school.name())));
            }
            if (school.orgNumber() != null && repository.orgNumberTaken(school.orgNumber(), null)) {
                problems.add(new ImportProblem(row, "org_number", "validation.school.orgNumberTaken",
                        List.of(school.orgNumber())));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new SchoolImportPreview(parsed.schools(), problems);
    }
}
