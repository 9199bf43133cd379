package no.ankomst.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values residents' services take and give. */
public final class ResidentRecords {

    private ResidentRecords() {
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
                              boolean sharedHouseholdBefore2022, @Nullable String privateAddress) {
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

    public record HouseholdMember(long personId, String name, LocalDate birthDate, Relation relation,
                                  boolean sharedHouseholdBefore2022) {
    }

    public record Document(DocumentType type, String number, String issuingCountry, @Nullable LocalDate expiryDate) {
    }

    public record PoliceRegistration(LocalDate registeredOn, String policeDistrict, boolean atArrivalCentre,
                                     boolean fingerprintsTaken, boolean photoTaken, @Nullable String asylumCardNumber,
                                     boolean askedForAccommodation) {
    }

    public record StayLine(long stayId, String siteName, @Nullable String unitName, @Nullable String bedLabel,
                           LocalDate checkedInOn, @Nullable LocalDate checkedOutOn, @Nullable String checkoutReason) {
    }

    public record ResidentDetail(long id, String familyName, String givenNames, @Nullable String familyNameCyrillic,
                                 @Nullable String givenNamesCyrillic, LocalDate birthDate, Sex sex,
                                 List<String> citizenships, List<String> languages, @Nullable String phone,
                                 Set<Need> needs, @Nullable String needsNote, @Nullable LocalDate arrivalDate,
                                 @Nullable String identityNumber, long householdId, Relation relation,
                                 @Nullable String privateAddress, int version, List<HouseholdMember> household,
                                 List<Document> documents, List<PoliceRegistration> registrations,
                                 List<StayLine> stays) {
    }
}
