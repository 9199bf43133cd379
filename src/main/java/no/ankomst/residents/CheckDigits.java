package no.ankomst.residents;

/**
 * The two mod-11 check digits (folkeregisterforskriften § 2-2). Shared by parsing and generating so
 * both use the same weights. Works on the digit string; callers have checked it is all digits.
 */
final class CheckDigits {

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /** What a check digit would be if the remainder leaves 10: such a number is never issued. */
    static final int NOT_ISSUABLE = 10;

    private CheckDigits() {
    }

    /** The classic k1 from the first nine digits, or {@link #NOT_ISSUABLE}. */
    static int classicK1(String digits) {
        return fromRemainder(weightedSum(digits, K1_WEIGHTS) % 11);
    }

    /**
     * Whether digit 10 is an accepted k1. Classic numbers make the weighted sum including k1 (weight 1)
     * divisible by 11; from 2032 a remainder of 1, 2 or 3 is accepted too, and old numbers stay valid,
     * so both rules are the same test: remainder 0–3.
     */
    static boolean k1Accepted(String digits) {
        int withK1 = weightedSum(digits, K1_WEIGHTS) + digit(digits, 9);
        return withK1 % 11 <= 3;
    }

    /** Whether digit 10 is the k1 of the classic rule (remainder 0), as on every number issued before 2032. */
    static boolean classicK1Valid(String digits) {
        return (weightedSum(digits, K1_WEIGHTS) + digit(digits, 9)) % 11 == 0;
    }

    /** k2 from the first ten digits (k1 included), or {@link #NOT_ISSUABLE}. Unchanged by the 2032 rule. */
    static int k2(String digits) {
        return fromRemainder(weightedSum(digits, K2_WEIGHTS) % 11);
    }

    private static int fromRemainder(int remainder) {
        return remainder == 0 ? 0 : 11 - remainder;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
