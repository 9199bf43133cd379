package no.ankomst.protection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff know about a person when screening them for collective protection. Everything but the
 * application date may be unknown: a null date or number, {@link ScreeningAnswer#UNKNOWN}, or null
 * citizenships (an empty list means stateless). The constants name the facts; validation errors and
 * "information missing" use the same names, and the form uses them as field keys.
 *
 * @param citizenships ISO 3166-1 alpha-2 codes, as the residents' records hold them ("UA", "PL")
 * @param daysAbroadBeforeCutOff days outside Ukraine before the cut-off, for when the date of leaving is not
 *                               known exactly; with a known date it must agree with it
 * @param familyLink null when no family link to a qualifying person is claimed
 */
public record ScreeningFacts(
        LocalDate applicationDate,
        @Nullable List<String> citizenships,
        @Nullable LocalDate birthDate,
        ScreeningAnswer livedInUkraine,
        @Nullable LocalDate leftUkraineOn,
        @Nullable Integer daysAbroadBeforeCutOff,
        ScreeningAnswer legalResidenceInNorway,
        @Nullable LocalDate legalResidenceFrom,
        @Nullable LocalDate legalResidenceExpires,
        ScreeningAnswer protectionInUkraine,
        @Nullable LocalDate protectionInUkraineGrantedOn,
        @Nullable FamilyLink familyLink,
        ScreeningAnswer safeThirdCountryCitizen,
        @Nullable UkrainianOblast oblast,
        ScreeningAnswer earlierProtectionEnded,
        @Nullable LocalDate earlierProtectionEndedOn) {

    public static final String APPLICATION_DATE = "applicationDate";
    public static final String CITIZENSHIPS = "citizenships";
    public static final String BIRTH_DATE = "birthDate";
    public static final String LIVED_IN_UKRAINE = "livedInUkraine";
    public static final String LEFT_UKRAINE_ON = "leftUkraineOn";
    public static final String DAYS_ABROAD = "daysAbroadBeforeCutOff";
    public static final String LEGAL_RESIDENCE = "legalResidenceInNorway";
    public static final String LEGAL_RESIDENCE_FROM = "legalResidenceFrom";
    public static final String LEGAL_RESIDENCE_EXPIRES = "legalResidenceExpires";
    public static final String PROTECTION_IN_UKRAINE = "protectionInUkraine";
    public static final String PROTECTION_GRANTED_ON = "protectionInUkraineGrantedOn";
    public static final String FAMILY_RELATION = "familyRelation";
    public static final String SAME_HOUSEHOLD = "sameHouseholdBeforeCutOff";
    public static final String QUALIFYING_PERSON = "qualifyingPerson";
    public static final String SAFE_THIRD_COUNTRY = "safeThirdCountryCitizen";
    public static final String OBLAST = "oblast";
    public static final String PROTECTION_ENDED = "earlierProtectionEnded";
    public static final String PROTECTION_ENDED_ON = "earlierProtectionEndedOn";

    public ScreeningFacts {
        citizenships = citizenships == null ? null : List.copyOf(citizenships);
    }

    /**
     * A family link to a person who qualifies (or may qualify) in their own right.
     *
     * @param qualifyingPersonOutcome that person's own advice; null when they have not been screened
     */
    public record FamilyLink(ScreeningRelation relation, ScreeningAnswer sameHouseholdBeforeCutOff,
                             @Nullable ScreeningOutcome qualifyingPersonOutcome) {
    }

    public boolean isUkrainian() {
        return citizenships != null && citizenships.contains("UA");
    }

    public static Builder on(LocalDate applicationDate) {
        return new Builder(applicationDate);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(applicationDate);
        builder.citizenships = citizenships;
        builder.birthDate = birthDate;
        builder.livedInUkraine = livedInUkraine;
        builder.leftUkraineOn = leftUkraineOn;
        builder.daysAbroadBeforeCutOff = daysAbroadBeforeCutOff;
        builder.legalResidenceInNorway = legalResidenceInNorway;
        builder.legalResidenceFrom = legalResidenceFrom;
        builder.legalResidenceExpires = legalResidenceExpires;
        builder.protectionInUkraine = protectionInUkraine;
        builder.protectionInUkraineGrantedOn = protectionInUkraineGrantedOn;
        builder.familyLink = familyLink;
        builder.safeThirdCountryCitizen = safeThirdCountryCitizen;
        builder.oblast = oblast;
        builder.earlierProtectionEnded = earlierProtectionEnded;
        builder.earlierProtectionEndedOn = earlierProtectionEndedOn;
        return builder;
    }

    /** Facts one by one; whatever is not set is unknown. */
    public static final class Builder {
        private LocalDate applicationDate;
        private @Nullable List<String> citizenships;
        private @Nullable LocalDate birthDate;
        private ScreeningAnswer livedInUkraine = ScreeningAnswer.UNKNOWN;
        private @Nullable LocalDate leftUkraineOn;
        private @Nullable Integer daysAbroadBeforeCutOff;
        private ScreeningAnswer legalResidenceInNorway = ScreeningAnswer.UNKNOWN;
        private @Nullable LocalDate legalResidenceFrom;
        private @Nullable LocalDate legalResidenceExpires;
        private ScreeningAnswer protectionInUkraine = ScreeningAnswer.UNKNOWN;
        private @Nullable LocalDate protectionInUkraineGrantedOn;
        private @Nullable FamilyLink familyLink;
        private ScreeningAnswer safeThirdCountryCitizen = ScreeningAnswer.UNKNOWN;
        private @Nullable UkrainianOblast oblast;
        private ScreeningAnswer earlierProtectionEnded = ScreeningAnswer.UNKNOWN;
        private @Nullable LocalDate earlierProtectionEndedOn;

        private Builder(LocalDate applicationDate) {
            this.applicationDate = applicationDate;
        }

        public Builder applicationDate(LocalDate value) {
            applicationDate = value;
            return this;
        }

        public Builder citizenships(@Nullable List<String> value) {
            citizenships = value;
            return this;
        }

        public Builder citizenships(String... codes) {
            return citizenships(List.of(codes));
        }

        public Builder birthDate(@Nullable LocalDate value) {
            birthDate = value;
            return this;
        }

        public Builder livedInUkraine(ScreeningAnswer value) {
            livedInUkraine = value;
            return this;
        }

        public Builder leftUkraineOn(@Nullable LocalDate value) {
            leftUkraineOn = value;
            return this;
        }

        public Builder daysAbroadBeforeCutOff(@Nullable Integer value) {
            daysAbroadBeforeCutOff = value;
            return this;
        }

        public Builder legalResidenceInNorway(ScreeningAnswer value) {
            legalResidenceInNorway = value;
            return this;
        }

        public Builder legalResidence(@Nullable LocalDate from, @Nullable LocalDate expires) {
            legalResidenceInNorway = ScreeningAnswer.YES;
            legalResidenceFrom = from;
            legalResidenceExpires = expires;
            return this;
        }

        public Builder legalResidenceFrom(@Nullable LocalDate value) {
            legalResidenceFrom = value;
            return this;
        }

        public Builder legalResidenceExpires(@Nullable LocalDate value) {
            legalResidenceExpires = value;
            return this;
        }

        public Builder protectionInUkraine(ScreeningAnswer value) {
            protectionInUkraine = value;
            return this;
        }

        public Builder protectionInUkraineGrantedOn(@Nullable LocalDate value) {
            protectionInUkraineGrantedOn = value;
            return this;
        }

        public Builder familyLink(@Nullable FamilyLink value) {
            familyLink = value;
            return this;
        }

        public Builder safeThirdCountryCitizen(ScreeningAnswer value) {
            safeThirdCountryCitizen = value;
            return this;
        }

        public Builder oblast(@Nullable UkrainianOblast value) {
            oblast = value;
            return this;
        }

        public Builder earlierProtectionEnded(ScreeningAnswer value) {
            earlierProtectionEnded = value;
            return this;
        }

        public Builder earlierProtectionEndedOn(@Nullable LocalDate value) {
            earlierProtectionEndedOn = value;
            return this;
        }

        public ScreeningFacts build() {
            return new ScreeningFacts(applicationDate, citizenships, birthDate, livedInUkraine, leftUkraineOn,
                    daysAbroadBeforeCutOff, legalResidenceInNorway, legalResidenceFrom, legalResidenceExpires,
                    protectionInUkraine, protectionInUkraineGrantedOn, familyLink, safeThirdCountryCitizen, oblast,
                    earlierProtectionEnded, earlierProtectionEndedOn);
        }
    }
}
