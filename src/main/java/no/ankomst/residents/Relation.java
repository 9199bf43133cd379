package no.ankomst.residents;

/** A household member's relation to the head of the household. */
public enum Relation { HEAD, SPOUSE, COHABITANT, CHILD, PARENT, GRANDPARENT, SIBLING, OTHER }
