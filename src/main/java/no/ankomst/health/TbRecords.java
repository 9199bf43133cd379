package no.ankomst.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values the TB services take and give. Results and referrals are health data: only the health reads give them. */
public final class TbRecords {

    private TbRecords() {
    }

    /** Why a person was referred (tb_referral.reason). */
    public enum ReferralReason {
        /** In private housing: to the municipal health service, not booked by us. */
        PRIVATE_HOUSING,
        /** Latent infection: consider preventive treatment. */
        PREVENTIVE_TREATMENT,
        /** Suspected active TB: at once. */
        SUSPECTED_ACTIVE;

        public String i18nKey() {
            return "tb.referral.reason." + name();
        }
    }

    /** A booked appointment (not health data: centre staff tell residents where and when). */
    public record Appointment(long id, LocalDate day, String clinic, TbTest testType) {
    }

    /** What everyone who reads the resident sees: status, due date and the booked appointment. */
    public record TbSummary(long personId, TbStatus status, @Nullable LocalDate dueDate,
                            @Nullable Appointment appointment) {
    }

    /** A result to record. {@code testType} empty: the appointment's, else the flowchart's for the test day. */
    public record NewResult(long personId, @Nullable TbOutcome outcome, @Nullable LocalDate testedOn,
                            @Nullable TbTest testType, @Nullable String note) {
    }

    /** One recorded result (health data). */
    public record TbResultEntry(long id, long personId, @Nullable Long appointmentId, TbTest testType,
                                LocalDate testedOn, TbOutcome outcome, @Nullable String note, String recordedBy,
                                Instant recordedAt) {
    }

    /** One referral (health data when its reason follows a result). */
    public record TbReferralEntry(long id, long personId, ReferralReason reason, @Nullable Long resultId,
                                  LocalDate referredOn, @Nullable String referredTo, @Nullable LocalDate followedUpOn,
                                  @Nullable String followUpNote, int version) {

        public boolean open() {
            return followedUpOn == null;
        }
    }

    /** A referral followed up on a day, with what came of it. */
    public record FollowUp(@Nullable LocalDate followedUpOn, @Nullable String note) {
    }

    /**
     * The Health tab for health staff of the person's site: the summary, results newest first, referrals, the
     * test the flowchart asks for today (or on the appointment's day), and whether the user may record.
     */
    public record TbHealthDetail(TbSummary summary, List<TbResultEntry> results, List<TbReferralEntry> referrals,
                                 TbTest suggestedTest, boolean mayRecord) {
    }

    /** One result with whose it is, for the result page. */
    public record TbResultPage(TbResultEntry result, String personName) {
    }

    /**
     * The TB list's filter. {@code siteId} one of the user's sites (null: all of them); {@code statuses} empty: any;
     * {@code resultPending} and {@code suspectedActive} (health staff only) narrow to the worklist's health lines.
     */
    public record TbFilter(@Nullable Long siteId, Set<TbStatus> statuses, @Nullable LocalDate dueFrom,
                           @Nullable LocalDate dueTo, boolean resultPending, boolean suspectedActive) {

        public TbFilter {
            statuses = Set.copyOf(statuses);
        }

        public static TbFilter all() {
            return new TbFilter(null, Set.of(), null, null, false, false);
        }

        public static TbFilter status(TbStatus status) {
            return new TbFilter(null, Set.of(status), null, null, false, false);
        }

        public boolean asksForHealthData() {
            return resultPending || suspectedActive;
        }
    }

    /** One row of the TB list: status only, never an outcome. */
    public record TbRow(long personId, String name, @Nullable String site, @Nullable LocalDate basisDate,
                        @Nullable LocalDate dueDate, TbStatus status, @Nullable LocalDate appointmentDay,
                        TbTest testType, boolean resultPending) {
    }
}
