package no.ankomst.base.ui;

import java.util.Optional;

/**
 * Values typed into a list's address ({@code cases?state=GRANTED}, {@code health/tb?status=OVERDUE}): a worklist
 * line opens its list filtered this way, and anything else a user types there is ignored, not an error page.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The constant named {@code text}; empty when no constant has that name. */
    public static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
