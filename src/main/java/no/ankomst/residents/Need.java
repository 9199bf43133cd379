package no.ankomst.residents;

/** Categories of special needs staff must see at a glance; details go in the free-text note. */
public enum Need { DISABILITY, PREGNANCY, UNACCOMPANIED_MINOR, MEDICAL, PSYCHOSOCIAL, OTHER }
