package no.ankomst.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ankomst.settlement.matching.Explanation;
import no.ankomst.settlement.matching.PreferenceTerm;
import org.jspecify.annotations.Nullable;

/** What the proposal screens show and send. */
public final class ProposalRecords {

    private ProposalRecords() {
    }

    /** One matching run: how many households, how many got a proposal, its score against the greedy baseline. */
    public record RunSummary(long runId, int households, int assigned, long score, long greedyScore, int hardBroken,
            long durationMs, int municipalities, int municipalitiesWithoutLocation, int skipped) {
    }

    /** One proposal as listed: the household (size, never nationality) and where it is proposed. */
    public record ProposalRow(long id, long householdId, String headName, int size, int adults, int children,
            boolean unaccompaniedMinor, String municipalityCode, String municipalityName, @Nullable Long dwellingId,
            @Nullable String dwellingLabel, ProposalState state, long score, Explanation explanation,
            @Nullable String overrideReason, @Nullable String declineReason, @Nullable LocalDate targetDate,
            @Nullable Long matchingRunId, int version) {
    }

    /**
     * A list of proposals in the caller's scope: of one run or of all runs, in one state; without a state a run's
     * proposals all, and without a run the open ones (draft, sent, accepted).
     */
    public record ProposalFilter(@Nullable Long runId, @Nullable ProposalState state) {
    }

    /** The household's latest decline: which municipality, why, and when (for the pipeline and the household). */
    public record Decline(long proposalId, String municipalityCode, String municipalityName, String reason,
            @Nullable Instant decidedAt) {
    }

    /** A dwelling the coordinator may choose when accepting. */
    public record DwellingOption(long id, String label, int rooms, int persons, boolean accessible,
            LocalDate availableFrom) {
    }

    /** A member of the household of a proposal, with their settlement date once accepted. */
    public record MemberRow(long personId, String name, LocalDate birthDate, @Nullable LocalDate settlementDate,
            @Nullable Instant settledAt) {
    }

    /** The coordinator's acceptance: the dwelling, and the settlement date of each member. */
    public record Acceptance(long dwellingId, Map<Long, LocalDate> settlementDates) {
        public Acceptance {
            settlementDates = Map.copyOf(settlementDates);
        }
    }

    /** How a household would score in a municipality chosen by hand (an override), term by term. */
    public record ScoreThere(String municipalityCode, Map<PreferenceTerm, Long> terms, long total) {
    }

    /** The coordinator's home: places this year, proposals waiting, settlements soon. */
    public record MunicipalityOverview(String municipalityCode, String municipalityName, int year,
            @Nullable Integer decidedPersons, int acceptedPersons, int settledPersons, @Nullable Integer decidedMinors,
            int acceptedMinors, int proposalsWaiting, int settlementsSoon) {
    }

    /** An accepted household in the coordinator's list, with its members' dates. */
    public record AcceptedRow(long proposalId, long householdId, String headName, int size,
            @Nullable String dwellingLabel, @Nullable LocalDate firstDate, @Nullable LocalDate lastDate,
            boolean settled) {
    }

    /** The handover summary of one household to the municipality. */
    public record Handover(long householdId, String municipalityCode, ProposalState state,
            List<HandoverMember> members, List<String> languages, int schoolAgeChildren, int kindergartenAgeChildren,
            @Nullable String interviewSummary, int roomsNeeded, boolean needsAccessible, List<String> neededServices) {
    }

    /**
     * Where and when one person is to be settled: the municipality of their household's accepted proposal and their
     * own settlement date (what the settlement notice to the person says).
     */
    public record AcceptedSettlement(long personId, long householdId, String municipalityCode,
            String municipalityName, LocalDate settlementDate) {
    }

    /** One member in the handover: age, and TB screening status only (never a result). */
    public record HandoverMember(long personId, String name, int age, @Nullable LocalDate settlementDate,
            String tbStatusKey) {
    }
}
