package no.ankomst.reporting;

/** A template did not compile, fill or export; the message names the template and the cause. */
public class ReportFailedException extends RuntimeException {

    private final String template;

    ReportFailedException(String template, Throwable cause) {
        super("report template " + template + " failed: " + cause.getMessage(), cause);
        this.template = template;
    }

    public String template() {
        return template;
    }
}
