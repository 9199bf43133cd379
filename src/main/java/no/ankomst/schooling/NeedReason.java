package no.ankomst.schooling;

/** Why a need for school was recorded: coming into school age, a move, a settlement. */
public enum NeedReason {
    SCHOOL_AGE, MOVED, SETTLED
}
