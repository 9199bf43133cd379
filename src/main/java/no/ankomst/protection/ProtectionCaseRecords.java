package no.ankomst.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values the case service takes and gives. */
public final class ProtectionCaseRecords {

    private ProtectionCaseRecords() {
    }

    /** A change of state: dated, with a reason; an interview needs its date, processing its track. */
    public record StateChange(@Nullable CaseState to, @Nullable LocalDate effectiveOn, String reason,
                              @Nullable LocalDate interviewOn, @Nullable ProcessingTrack processingTrack) {
    }

    /**
     * UDI's grant. The permit runs one year unless given otherwise; the identity number (a fødselsnummer)
     * may come later, as may the decision letter.
     */
    public record Grant(@Nullable LocalDate effectiveOn, String reason, @Nullable LocalDate permitFrom,
                        @Nullable LocalDate permitTo, @Nullable ResidenceCardStatus residenceCard,
                        @Nullable String identityNumber, @Nullable LocalDate decisionLetterSentOn,
                        @Nullable Boolean addressReceivesPost) {
    }

    /** One more year from the day after the current permit ends; {@code permitTo} only to shorten it. */
    public record Renewal(@Nullable LocalDate effectiveOn, String reason, @Nullable LocalDate permitTo) {
    }

    /** What follows a grant: the card, the number, the letter, the mailbox. */
    public record GrantDetails(@Nullable LocalDate effectiveOn, String reason,
                               @Nullable ResidenceCardStatus residenceCard, @Nullable String identityNumber,
                               @Nullable LocalDate decisionLetterSentOn, @Nullable Boolean addressReceivesPost) {
    }

    /** One entry of the history; the fields a kind does not use are null. */
    public record CaseEvent(long id, CaseEventKind kind, @Nullable CaseState fromState, @Nullable CaseState toState,
                            LocalDate effectiveOn, Instant recordedAt, String recordedBy, String reason,
                            @Nullable LocalDate interviewOn, @Nullable ProcessingTrack processingTrack,
                            @Nullable LocalDate permitFrom, @Nullable LocalDate permitTo,
                            @Nullable ResidenceCardStatus residenceCard, @Nullable LocalDate decisionLetterSentOn,
                            @Nullable Boolean addressReceivesPost) {
    }

    public record Permit(long id, LocalDate validFrom, LocalDate validTo, boolean renewal) {
    }

    /** A household member and where their own case stands (none yet: null). */
    public record FamilyCase(long personId, String name, @Nullable Long caseId, @Nullable CaseState state) {
    }

    /** The case as its panel shows it; {@code events} oldest first. */
    public record CaseDetail(long id, long personId, CaseState state, LocalDate registeredOn, LocalDate stateSince,
                             @Nullable LocalDate interviewOn, @Nullable ProcessingTrack processingTrack,
                             @Nullable LocalDate permitFrom, @Nullable LocalDate permitTo,
                             @Nullable ResidenceCardStatus residenceCard, @Nullable LocalDate decisionLetterSentOn,
                             @Nullable Boolean addressReceivesPost, int version, List<CaseEvent> events,
                             List<Permit> permits, List<FamilyCase> family, WorkStatus workStatus) {

        public Set<CaseState> allowedNext() {
            return state.allowedNext();
        }

        public boolean permitExpired() {
            return workStatus == WorkStatus.PERMIT_EXPIRED;
        }
    }

    /** What the panel offers: the case if there is one, and whether the signed-in user may change it. */
    public record CasePanelData(@Nullable CaseDetail detail, List<FamilyCase> family, boolean mayChange,
                                @Nullable LocalDate suggestedRegisteredOn, List<String> formerIdentityNumbers,
                                int maxPermitYears) {
    }

    /** Since when a case counts as waiting: its registration with the police, or its latest event. */
    public enum WaitingSince { REGISTERED, LAST_EVENT }

    /** Name; longest waiting first; the permit that ends first (granted cases). */
    public enum CaseSort { NAME, WAITING, PERMIT_END }

    /**
     * The case list's filters; nulls match everything. {@code minDaysWaiting}: waiting at least that many
     * days (counted from {@code waitingSince}); {@code permitExpiringWithinDays}: a permit ending from today
     * on within that many days; {@code permitExpired}: granted, the permit ended, not renewed.
     */
    public record CaseFilter(@Nullable CaseState state, @Nullable Long siteId, @Nullable Integer minDaysWaiting,
                             WaitingSince waitingSince, @Nullable Integer permitExpiringWithinDays,
                             boolean permitExpired, boolean stayingNow) {

        /** A filter over everyone the scope reaches, including people who have moved on from its sites. */
        public CaseFilter(@Nullable CaseState state, @Nullable Long siteId, @Nullable Integer minDaysWaiting,
                          WaitingSince waitingSince, @Nullable Integer permitExpiringWithinDays, boolean permitExpired) {
            this(state, siteId, minDaysWaiting, waitingSince, permitExpiringWithinDays, permitExpired, false);
        }

        public static CaseFilter none() {
            return new CaseFilter(null, null, null, WaitingSince.LAST_EVENT, null, false);
        }
    }

    /** A row of the case list; the site is where the person stays now. */
    public record CaseRow(long caseId, long personId, String familyName, String givenNames, @Nullable String siteName,
                          CaseState state, LocalDate registeredOn, LocalDate stateSince,
                          @Nullable LocalDate interviewOn, @Nullable LocalDate permitTo) {
    }
}
