package no.ankomst.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The settlement interview as the screens read and write it. */
public final class InterviewRecords {

    private InterviewRecords() {
    }

    /** What the interview recorded for one adult; languages as ISO 639-1 codes. */
    public record AdultAnswers(long personId, @Nullable String education, @Nullable String workExperience,
                               Set<String> languages) {
        public AdultAnswers {
            languages = Set.copyOf(languages);
        }
    }

    /**
     * A save: {@code version} null for a first interview, else the version read (a stale one is a conflict).
     * Family ties and wishes are municipality codes; needed services {@link ServiceNeed} codes, only with consent.
     */
    public record InterviewForm(long householdId, @Nullable Integer version, @Nullable LocalDate heldOn,
                                @Nullable Integer roomsNeeded, boolean needsAccessible, Set<String> familyTies,
                                Set<String> wishes, Set<String> neededServices, boolean servicesConsent,
                                @Nullable String summary, List<AdultAnswers> adults) {
        public InterviewForm {
            familyTies = Set.copyOf(familyTies);
            wishes = Set.copyOf(wishes);
            neededServices = Set.copyOf(neededServices);
            adults = List.copyOf(adults);
        }
    }

    public record Interview(long id, long householdId, LocalDate heldOn, String heldBy, int roomsNeeded,
                            boolean needsAccessible, Set<String> familyTies, Set<String> wishes,
                            Set<String> neededServices, boolean servicesConsent, @Nullable String summary,
                            List<AdultAnswers> adults, int version) {
        public Interview {
            familyTies = Set.copyOf(familyTies);
            wishes = Set.copyOf(wishes);
            neededServices = Set.copyOf(neededServices);
            adults = List.copyOf(adults);
        }
    }

    /** A household member as the interview form lists them. */
    public record Member(long personId, String name, LocalDate birthDate, boolean adult) {
    }

    /** The household's interview (if held), its members, and where it stands in the pipeline. */
    public record HouseholdSettlement(long householdId, List<Member> members, @Nullable Interview interview,
                                      @Nullable SettlementState state, Readiness readiness, boolean mayHoldInterview) {
        public HouseholdSettlement {
            members = List.copyOf(members);
        }
    }
}
