package no.ankomst.residents;

import java.time.LocalDate;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PersonFields;
import no.ankomst.security.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one registration, without writing anything: the registration form and every row of an
 * imported registration list go through the same checks. What is already registered is asked of a
 * {@link Registry}, so an import can answer from batched look-ups instead of one query per row.
 */
final class RegistrationValidator {

    private RegistrationValidator() {
    }

    /** What the rules need to know about people and households already registered. */
    interface Registry {
        boolean identityNumberTaken(String identityNumber);

        boolean documentTaken(DocumentType type, String country, String number);

        boolean cardNumberTaken(String cardNumber);

        boolean householdExists(long householdId);

        boolean householdHasHead(long householdId);
    }

    /** Adds every broken rule to {@code violations}; returns the parsed identity number if it is valid. */
    static @Nullable IdentityNumber check(Violations violations, NewResident resident, Scope scope, LocalDate today,
                                          Registry registry) {
        IdentityNumber identityNumber = checkPerson(violations, resident, today, registry);
        ResidentRegistrationRules.checkDocumentAndRegistration(violations, resident, today, registry);
        checkHousehold(violations, resident, registry);
        checkSite(violations, resident, scope);
        return identityNumber;
    }

    /**
     * The rules of the person fields, for a registration and for an edit alike (an edit passes a
     * registry that does not count the person's own identity number as taken).
     */
    static @Nullable IdentityNumber checkPerson(Violations violations, PersonFields r, LocalDate today,
                                                Registry registry) {
        violations.required("familyName", r.familyName()).maxLength("familyName", r.familyName(), 100);
        violations.required("givenNames", r.givenNames()).maxLength("givenNames", r.givenNames(), 100);
        violations.maxLength("familyNameCyrillic", r.familyNameCyrillic(), 100);
        violations.maxLength("givenNamesCyrillic", r.givenNamesCyrillic(), 100);
        checkName(violations, "familyName", r.familyName());
        checkName(violations, "givenNames", r.givenNames());
        checkName(violations, "familyNameCyrillic", r.familyNameCyrillic());
        checkName(violations, "givenNamesCyrillic", r.givenNamesCyrillic());
        LocalDate birth = r.birthDate();
        violations.check(birth != null, "birthDate", "validation.required");
        violations.check(birth == null || !birth.isAfter(today), "birthDate", "validation.date.future");
        violations.check(birth == null || !birth.isBefore(LocalDate.of(1900, 1, 1)), "birthDate",
                "validation.date.tooEarly");
        violations.check(birth == null || r.arrivalDate() == null || !birth.isAfter(r.arrivalDate()), "birthDate",
                "validation.birthDate.afterArrival");
        violations.check(r.arrivalDate() == null || !r.arrivalDate().isAfter(today), "arrivalDate",
                "validation.date.future");
        violations.check(r.sex() != null, "sex", "validation.required");
        r.citizenships().forEach(code -> violations.check(IsoCodes.COUNTRIES.contains(code), "citizenships",
                "validation.country.unknown", code));
        r.languages().forEach(code -> violations.check(IsoCodes.LANGUAGES.contains(code), "languages",
                "validation.language.unknown", code));
        violations.check(r.phone() == null || r.phone().isBlank() || r.phone().strip().matches("\\+?[0-9 ]{5,20}"),
                "phone", "validation.phone");
        violations.maxLength("needsNote", r.needsNote(), 1000);
        if (r.identityNumber() == null || r.identityNumber().isBlank()) {
            return null;
        }
        try {
            IdentityNumber number = IdentityNumber.parse(r.identityNumber());
            violations.check(!registry.identityNumberTaken(number.value()), "identityNumber",
                    "validation.identityNumber.taken");
            return number;
        } catch (InvalidIdentityNumberException invalid) {
            violations.add("identityNumber", invalid.reason().key());
            return null;
        }
    }

    /**
     * A name the search box can find: the box reads text with a digit as a number (identity, card or
     * document), and a name of only punctuation or symbols leaves nothing to match.
     */
    private static void checkName(Violations violations, String field, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        violations.check(name.codePoints().noneMatch(Character::isDigit), field, "validation.name.digits");
        violations.check(name.codePoints().anyMatch(RegistrationValidator::isNameLetter), field,
                "validation.name.noLetter");
    }

    /** A letter that stays in the search text; modifier letters (ʼ, the Ukrainian apostrophe) are dropped there. */
    private static boolean isNameLetter(int codePoint) {
        return Character.isLetter(codePoint) && Character.getType(codePoint) != Character.MODIFIER_LETTER;
    }

    private static void checkHousehold(Violations violations, NewResident r, Registry registry) {
        Long householdId = r.joinHouseholdId();
        if (householdId == null) {
            violations.maxLength("privateAddress", r.privateAddress(), 300);
            return;
        }
        if (!registry.householdExists(householdId)) {
            violations.add("household", "validation.household.unknown");
            return;
        }
        violations.check(r.relation() != null, "relation", "validation.required");
        violations.check(r.relation() != Relation.HEAD || !registry.householdHasHead(householdId), "relation",
                "validation.household.twoHeads");
    }

    private static void checkSite(Violations violations, NewResident r, Scope scope) {
        if (scope.role().isSiteScoped()) {
            violations.check(r.siteId() != null, "site", "validation.required");
        }
        violations.check(r.siteId() == null || scope.coversSite(r.siteId()), "site", "validation.site.outOfScope");
    }
}
