package no.ankomst.residents;

/**
 * The text is not a valid identity number. Carries which rule failed as an i18n key, so a form can
 * tell the user what to fix. The number itself is left out of the message: it is personal data and
 * messages end up in logs.
 */
public class InvalidIdentityNumberException extends RuntimeException {

    private final Reason reason;

    public InvalidIdentityNumberException(Reason reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** One constant per rule, in the order they are checked. */
    public enum Reason {
        EMPTY("validation.identityNumber.empty"),
        NOT_DIGITS("validation.identityNumber.notDigits"),
        LENGTH("validation.identityNumber.length"),
        IMPOSSIBLE_DATE("validation.identityNumber.impossibleDate"),
        CHECK_DIGIT_1("validation.identityNumber.checkDigit1"),
        CHECK_DIGIT_2("validation.identityNumber.checkDigit2");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
