package no.ankomst.settlement;

import java.util.Locale;

/**
 * The handover summary of a household as a document for the municipality (a PDF). Settlement declares it and the
 * handover page offers it when a bean is there; the letters feature renders it (it owns the report templates'
 * rendering), so settlement need not depend on reporting. Scope and audit are the implementation's, as for
 * {@link HandoverService#handover}.
 */
public interface HandoverDocument {

    /** A document ready to be downloaded. */
    record Document(String fileName, String mediaType, byte[] content) {
    }

    /** The handover of the household in {@code locale}; refused like {@link HandoverService#handover}. */
    Document handover(long householdId, Locale locale);
}
