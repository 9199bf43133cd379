package no.ankomst.base.ui;

import java.util.function.Supplier;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Ids in addresses (path segments, route parameters, query parameters), the one way views read them: anything
 * that is not a plausible id, and anything the services refuse to show, becomes a
 * {@link NotFoundOrNotYoursException}.
 */
public final class RouteIds {

    // at most 18 digits: always fits a long, so no number in an address overflows into another answer
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");

    private RouteIds() {
    }

    /** The id in an address; malformed, zero, negative or too long is "not found". */
    public static long parse(@Nullable String text) {
        if (text == null || !ID.matcher(text).matches()) {
            throw new NotFoundOrNotYoursException("malformed id in the address: "
                    + (text == null ? "none" : text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
        return Long.parseLong(text);
    }

    /**
     * What a view loads for an id from its address. A refusal (not visible to this user, not there any more,
     * unknown) becomes "not found or not yours", whichever it was.
     */
    public static <T> T load(String what, long id, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException | ConflictException | ValidationException refused) {
            throw new NotFoundOrNotYoursException(what + " " + id + " refused: " + refused.getMessage());
        }
    }
}
