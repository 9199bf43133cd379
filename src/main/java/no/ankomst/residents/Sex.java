package no.ankomst.residents;

public enum Sex { FEMALE, MALE, OTHER }
