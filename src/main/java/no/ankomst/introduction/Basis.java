package no.ankomst.introduction;

/** Under which rules a person's right to the introduction programme arose (IntroductionRules#basisOn). */
public enum Basis {
    /** Chapter 6A, the temporary rules for people from Ukraine: a right, not a duty. */
    CHAPTER_6A_RIGHT,
    /** The ordinary rules of the Integration Act: a right and a duty. */
    ORDINARY_RIGHT_AND_DUTY;

    public String i18nKey() {
        return "introduction.basis." + name();
    }
}
