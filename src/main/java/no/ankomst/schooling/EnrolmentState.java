package no.ankomst.schooling;

/** An enrolment's steps: applied → enrolled → started → ended (an application may also end). */
public enum EnrolmentState {
    APPLIED, ENROLLED, STARTED, ENDED;

    public String i18nKey() {
        return "schooling.enrolmentState." + name();
    }
}
