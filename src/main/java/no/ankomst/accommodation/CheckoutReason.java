package no.ankomst.accommodation;

/** Why a stay ended; the values the database's {@code stay.checkout_reason} check allows. */
public enum CheckoutReason {
    SETTLED,
    PRIVATE_HOUSING,
    TRANSFERRED,
    LEFT,
    DECEASED,
    OTHER;

    public String i18nKey() {
        return "checkoutReason." + name();
    }
}
