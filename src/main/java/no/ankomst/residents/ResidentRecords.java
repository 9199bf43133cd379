package no.ankomst.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ankomst.base.ValidationException;
import org.jspecify.annotations.Nullable;

/** The values residents' services take and give. */
public final class ResidentRecords {

    private ResidentRecords() {
    }

    /** The fields of a person that registration and editing share, and check with the same rules. */
    public interface PersonFields {
        String familyName();

        String givenNames();

        @Nullable String familyNameCyrillic();

        @Nullable String givenNamesCyrillic();

        @Nullable LocalDate birthDate();

        @Nullable Sex sex();

        List<String> citizenships();

        List<String> languages();

        @Nullable String phone();

        Set<Need> needs();

        @Nullable String needsNote();

        @Nullable LocalDate arrivalDate();

        @Nullable String identityNumber();
    }

    /**
     * A registration: the person, what the police saw, needs, and where they stay. With
     * {@code joinHouseholdId} the person joins that household with {@code relation}; otherwise they
     * head a new one (a single adult is a household of one).
     */
    public record NewResident(String familyName, String givenNames, @Nullable String familyNameCyrillic,
                              @Nullable String givenNamesCyrillic, @Nullable LocalDate birthDate, @Nullable Sex sex,
                              List<String> citizenships, List<String> languages, @Nullable String phone,
                              Set<Need> needs, @Nullable String needsNote, @Nullable LocalDate arrivalDate,
                              @Nullable String identityNumber, @Nullable DocumentInput document,
                              @Nullable PoliceRegistrationInput registration, @Nullable Long siteId,
                              @Nullable Long joinHouseholdId, @Nullable Relation relation,
                              boolean sharedHouseholdBefore2022, @Nullable String privateAddress)
            implements PersonFields {
    }

    /**
     * An edit of a person as read at {@code version}: the person fields, and the whole lists of documents
     * and police registrations (a row without id is new, a stored row left out is removed).
     */
    public record ResidentChange(long id, int version, String familyName, String givenNames,
                                 @Nullable String familyNameCyrillic, @Nullable String givenNamesCyrillic,
                                 @Nullable LocalDate birthDate, @Nullable Sex sex, List<String> citizenships,
                                 List<String> languages, @Nullable String phone, Set<Need> needs,
                                 @Nullable String needsNote, @Nullable LocalDate arrivalDate,
                                 @Nullable String identityNumber, List<DocumentEdit> documents,
                                 List<RegistrationEdit> registrations) implements PersonFields {
        public ResidentChange {
            citizenships = List.copyOf(citizenships);
            languages = List.copyOf(languages);
            needs = Set.copyOf(needs);
            documents = List.copyOf(documents);
            registrations = List.copyOf(registrations);
        }
    }

    /** A document of an edit; {@code id} null: added in this edit. */
    public record DocumentEdit(@Nullable Long id, DocumentInput document) {
    }

    /** A police registration of an edit; {@code id} null: added in this edit. */
    public record RegistrationEdit(@Nullable Long id, PoliceRegistrationInput registration) {
    }

    /**
     * A new head for a household read at {@code householdVersion}, with every other current member's
     * relation to the new head (person id → relation), confirmed by the user.
     */
    public record HeadChange(long householdId, int householdVersion, long newHeadId, Map<Long, Relation> relations) {
        public HeadChange {
            relations = Map.copyOf(relations);
        }
    }

    /**
     * Moves one person into another household with their relation to its head. When the person heads a
     * household that others remain in, {@code remainingHead} names the new head of those left behind.
     */
    public record MemberMove(long personId, int fromHouseholdVersion, long toHouseholdId, int toHouseholdVersion,
                             @Nullable Relation relation, boolean sharedHouseholdBefore2022,
                             @Nullable HeadChange remainingHead) {
    }

    /** Two person records as read for the merge; {@code survivorId}'s record lives on. */
    public record MergeRequest(long survivorId, int survivorVersion, long mergedId, int mergedVersion) {
    }

    /** Two records side by side, and the rules that would refuse merging them (empty: may be merged). */
    public record MergeComparison(ResidentDetail first, ResidentDetail second,
                                  List<ValidationException.Violation> refusals) {
    }

    /** A duplicate merged into this person: kept as history, with the identity number it had. */
    public record MergedRecord(long id, String name, @Nullable String identityNumber) {
    }

    public record DocumentInput(@Nullable DocumentType type, String number, String issuingCountry,
                                @Nullable LocalDate expiryDate) {
    }

    public record PoliceRegistrationInput(@Nullable LocalDate registeredOn, String policeDistrict,
                                          boolean atArrivalCentre, boolean fingerprintsTaken, boolean photoTaken,
                                          @Nullable String asylumCardNumber, boolean askedForAccommodation) {
    }

    /** A row of the residents list; where the person is now comes from their open stay. */
    public record ResidentRow(long id, String familyName, String givenNames, @Nullable String familyNameCyrillic,
                              @Nullable String givenNamesCyrillic, LocalDate birthDate, Sex sex,
                              List<String> citizenships, @Nullable String siteName, @Nullable String unitName,
                              @Nullable String bedLabel, int householdSize, Set<Need> needs) {
    }

    /** Empty text and nulls match everything. {@code currentOnly}: only people with an open stay. */
    public record ResidentFilter(String text, @Nullable Long siteId, @Nullable AgeGroup ageGroup, @Nullable Need need,
                                 @Nullable Integer arrivedWithinDays, boolean currentOnly) {
        public static ResidentFilter none() {
            return new ResidentFilter("", null, null, null, null, false);
        }
    }

    /** What the duplicate check compares while a registration is typed. */
    public record DuplicateProbe(String familyName, String givenNames, @Nullable String familyNameCyrillic,
                                 @Nullable String givenNamesCyrillic, @Nullable LocalDate birthDate,
                                 @Nullable String identityNumber, @Nullable String documentNumber) {
    }

    /** A person who may be the one being registered, with why: same number, same document, similar name. */
    public record DuplicateCandidate(long id, String familyName, String givenNames, @Nullable String cyrillicName,
                                     LocalDate birthDate, @Nullable String identityNumber, List<String> reasons) {
    }

    /**
     * A likely duplicate the user may not see (registered at a site outside their scope): only why it matched
     * and whom to ask, never who it is. {@code askAt}: the site where the person stays or last stayed; null
     * when they never stayed anywhere (ask the national arrival centre or an administrator).
     */
    public record DuplicateElsewhere(List<String> reasons, @Nullable String askAt) {
    }

    /** What the duplicate check found: candidates in the user's scope, and that others exist elsewhere. */
    public record Duplicates(List<DuplicateCandidate> candidates, List<DuplicateElsewhere> elsewhere) {

        public boolean isEmpty() {
            return candidates.isEmpty() && elsewhere.isEmpty();
        }
    }

    public record HouseholdMember(long personId, String name, LocalDate birthDate, Relation relation,
                                  boolean sharedHouseholdBefore2022) {
    }

    public record Document(DocumentType type, String number, String issuingCountry, @Nullable LocalDate expiryDate) {
    }

    public record PoliceRegistration(LocalDate registeredOn, String policeDistrict, boolean atArrivalCentre,
                                     boolean fingerprintsTaken, boolean photoTaken, @Nullable String asylumCardNumber,
                                     boolean askedForAccommodation) {
    }

    /** {@code fromMergedRecord}: recorded on a duplicate merged into this person (the same days were kept twice). */
    public record StayLine(long stayId, String siteName, @Nullable String unitName, @Nullable String bedLabel,
                           LocalDate checkedInOn, @Nullable LocalDate checkedOutOn, @Nullable String checkoutReason,
                           boolean fromMergedRecord) {
    }

    public record ResidentDetail(long id, String familyName, String givenNames, @Nullable String familyNameCyrillic,
                                 @Nullable String givenNamesCyrillic, LocalDate birthDate, Sex sex,
                                 List<String> citizenships, List<String> languages, @Nullable String phone,
                                 Set<Need> needs, @Nullable String needsNote, @Nullable LocalDate arrivalDate,
                                 @Nullable String identityNumber, long householdId, Relation relation,
                                 @Nullable String privateAddress, int version, List<HouseholdMember> household,
                                 List<Document> documents, List<PoliceRegistration> registrations,
                                 List<StayLine> stays, int householdVersion, boolean editable,
                                 List<MergedRecord> mergedRecords) {
    }
}
