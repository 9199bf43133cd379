package no.ankomst.schooling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.schooling.SchoolingRecords.Warning;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who reads and who records a child's schooling, and the warnings about age the services give. */
@Component
class SchoolingChecks {

    private final EnrolmentRepository repository;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final SchoolingRules rules;
    private final Clock clock;

    SchoolingChecks(EnrolmentRepository repository, ResidentAccess access, Permissions permissions,
                    SchoolingRules rules, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.permissions = permissions;
        this.rules = rules;
        this.clock = clock;
    }

    /** Administrators, managers and centre staff read the schooling of the people their scope reaches. */
    Scope requireReader(long personId) {
        Scope scope = permissions.require(Capability.READ_SCHOOLING);
        if (!repository.personVisible(scope, personId)) {
            throw new AccessDeniedException("person " + personId + " is not visible to this user");
        }
        return scope;
    }

    /** Administrators and the staff of the site where the child stays now record (see {@link ResidentAccess}). */
    void requireWriter(long personId) {
        access.requireChangeable(Capability.RECORD_SCHOOLING, personId);
    }

    boolean mayWrite(long personId) {
        return access.mayChange(Capability.RECORD_SCHOOLING, personId);
    }

    /** Why a child is not of school age on {@code day}: none when they are. */
    List<Warning> schoolAgeWarnings(LocalDate birthDate, LocalDate day, @Nullable LocalDate completedYear10On) {
        if (rules.schoolAge(birthDate, day, completedYear10On)) {
            return List.of();
        }
        if (day.isBefore(rules.schoolAgeFrom(birthDate))) {
            return List.of(new Warning("schooling.warning.tooYoung", List.of(rules.schoolAgeFrom(birthDate))));
        }
        if (completedYear10On != null && !day.isBefore(completedYear10On)) {
            return List.of(new Warning("schooling.warning.completedYear10", List.of(completedYear10On)));
        }
        return List.of(new Warning("schooling.warning.pastSchoolAge", List.of(rules.schoolAgeUntil(birthDate))));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
