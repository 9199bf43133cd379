package no.ankomst.base;

/**
 * One line of the home page's worklist: a live count and the filtered list it opens.
 * {@code route} may carry query parameters, e.g. {@code admin/users?locked=true}.
 */
public record WorklistItem(String labelKey, long count, String route, Severity severity) {

    public enum Severity { INFO, WARNING, ERROR }
}
