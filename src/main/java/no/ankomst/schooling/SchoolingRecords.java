package no.ankomst.schooling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the schooling services take and give: plain values, no jOOQ. */
public final class SchoolingRecords {

    private SchoolingRecords() {
    }

    /** A school as the administrator's list shows it. */
    public record SchoolRow(long id, String municipalityCode, String municipalityName, String name,
                            @Nullable String orgNumber, boolean primaryLevel, boolean lowerSecondary, boolean active,
                            int version) {
    }

    /** A school to create or change. */
    public record SchoolDraft(@Nullable String municipalityCode, @Nullable String name, @Nullable String orgNumber,
                              boolean primaryLevel, boolean lowerSecondary, boolean active) {
    }

    /** Filter of the administrator's school list. */
    public record SchoolFilter(@Nullable String municipalityCode, @Nullable String text) {
        public static final SchoolFilter ALL = new SchoolFilter(null, null);
    }

    /** One problem in a CSV import: the row (1 = first data row after the header), the field and the rule key. */
    public record ImportProblem(int row, String field, String ruleKey, List<Object> args) {
    }

    /** A parsed CSV: the schools that would be created, and every problem (nothing is saved while any exist). */
    public record SchoolImportPreview(List<SchoolDraft> schools, List<ImportProblem> problems) {
        public boolean valid() {
            return problems.isEmpty() && !schools.isEmpty();
        }
    }

    /** A reason an input was accepted with a warning, as an i18n key and its arguments. */
    public record Warning(String key, List<Object> args) {
    }

    /** An enrolment saved, with warnings the user should read (e.g. the child is not of school age). */
    public record Saved(long id, List<Warning> warnings) {
    }

    /** An enrolment as the School tab shows it. */
    public record EnrolmentRow(long id, long schoolId, String schoolName, String municipalityCode, int schoolYear,
                               EnrolmentState state, LocalDate appliedOn, @Nullable LocalDate enrolledOn,
                               @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
                               @Nullable EndReason endReason, int version) {
    }

    /** A new enrolment, or the next step of one: the dates known so far; {@code state} follows from them. */
    public record EnrolmentDraft(@Nullable Long schoolId, @Nullable Integer schoolYear, @Nullable LocalDate appliedOn,
                                 @Nullable LocalDate enrolledOn, @Nullable LocalDate startedOn,
                                 @Nullable LocalDate endedOn, @Nullable EndReason endReason) {

        /** The state the dates say. */
        public EnrolmentState state() {
            if (endedOn != null) {
                return EnrolmentState.ENDED;
            }
            if (startedOn != null) {
                return EnrolmentState.STARTED;
            }
            return enrolledOn != null ? EnrolmentState.ENROLLED : EnrolmentState.APPLIED;
        }
    }

    /** A kindergarten application or place. */
    public record KindergartenRow(long id, LocalDate appliedOn, @Nullable LocalDate offeredOn,
                                  @Nullable LocalDate startedOn, @Nullable LocalDate endedOn, boolean udiFunded,
                                  int version) {
    }

    public record KindergartenDraft(@Nullable LocalDate appliedOn, @Nullable LocalDate offeredOn,
                                    @Nullable LocalDate startedOn, @Nullable LocalDate endedOn, boolean udiFunded) {
    }

    /** One day of organised activity. */
    public record ActivityRow(LocalDate onDay, BigDecimal hours, String recordedBy) {
    }

    /** Everything the School tab shows about one child. */
    public record SchoolingPanel(long personId, LocalDate birthDate, @Nullable LocalDate arrival,
                                 SchoolingStatus status, @Nullable LocalDate startBy, boolean schoolAge,
                                 boolean kindergartenAge, boolean activityAge,
                                 @Nullable LocalDate kindergartenRightFrom, List<EnrolmentRow> enrolments,
                                 List<KindergartenRow> kindergarten, List<ActivityRow> activity, boolean mayRecord,
                                 @Nullable String municipalityCode) {
    }

    /** Filter of the children list: by site, status, a kindergarten/activity gap, and age in completed years. */
    public record ChildFilter(@Nullable Long siteId, @Nullable SchoolingStatus status, boolean activityGap,
                              @Nullable Integer minAge, @Nullable Integer maxAge) {
        public static final ChildFilter ALL = new ChildFilter(null, null, false, null, null);
    }

    /** One child of the children list. */
    public record ChildRow(long personId, String familyName, String givenNames, LocalDate birthDate, String siteName,
                           SchoolingStatus status, @Nullable LocalDate startBy, @Nullable EnrolmentState enrolment,
                           @Nullable String schoolName, boolean activityGap) {
    }

    /** One site's schooling figures on a day: counts only, for reports. */
    public record SiteSchoolCounts(long siteId, int schoolAge, int enrolled, int started, int startedInTime, int late,
                                   int kindergarten, int activity, int activityGap) {
    }
}
