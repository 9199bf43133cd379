package no.ankomst.health;

/** What the flowchart asks for; a clinic's capacity is per test type. */
public enum TbTest {
    /** A child under the X-ray age: assessment by a questionnaire to the parents. */
    QUESTIONNAIRE,
    /** Chest X-ray. */
    XRAY,
    /** Interferon-gamma release assay (a blood test for infection). */
    IGRA,
    /** Chest X-ray and IGRA. */
    XRAY_AND_IGRA
}
