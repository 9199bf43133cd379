package no.ankomst.base.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A typed address names something that does not exist, is malformed, or lies outside the user's scope. All three
 * end on the same page ({@link NotFoundOrNotYoursView}), so the answer does not tell whether a person or household
 * exists. The message is for the server log only.
 */
public class NotFoundOrNotYoursException extends NotFoundException {

    public NotFoundOrNotYoursException(String detail) {
        super(detail);
    }
}
