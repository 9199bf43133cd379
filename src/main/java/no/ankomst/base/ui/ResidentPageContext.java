package no.ankomst.base.ui;

/**
 * The resident page as its contributions see it: which person, and a way to tell the page that something
 * changed. A feature's tab or action calls {@link #refresh()} after a change (a case transition, a check-in),
 * so the header's facts and every feature's badges show the new state without a reload.
 */
public interface ResidentPageContext {

    long personId();

    /** Reads the person again and redraws the header (facts, badges, actions); open tabs keep their state. */
    void refresh();
}
