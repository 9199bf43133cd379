package no.ankomst.letters;

import no.ankomst.security.Capability;

/**
 * The letters there are, each with the capability of the feature its facts come from (besides
 * {@link Capability#WRITE_LETTERS}), and whether it can be printed for a whole site at once.
 */
public enum LetterKind {
    /** Date, time and place of the person's booked TB screening; never a result. */
    TB_APPOINTMENT(Capability.BOOK_SCREENING, true),
    /** To the parents of a child of school age: the school (if enrolled) and the day school must start by. */
    SCHOOL(Capability.RECORD_SCHOOLING, true),
    /** The municipality and the settlement date of the household's accepted proposal. */
    SETTLEMENT(Capability.READ_SETTLEMENT, true),
    /** The offer of the introduction programme: the municipality and the day it should start by. */
    INTRODUCTION(Capability.READ_INTRODUCTION, true);

    private final Capability capability;
    private final boolean batch;

    LetterKind(Capability capability, boolean batch) {
        this.capability = capability;
        this.batch = batch;
    }

    public Capability capability() {
        return capability;
    }

    /** Whether a batch of this letter can be printed (for a site, a period, or a coordinator's municipality). */
    public boolean batch() {
        return batch;
    }

    public String i18nKey() {
        return "letters.kind." + name();
    }

    /** The key prefix of the letter's texts in {@code letters/letters*.properties}. */
    String textKey() {
        return "letter." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
