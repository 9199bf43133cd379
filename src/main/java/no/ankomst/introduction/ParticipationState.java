package no.ankomst.introduction;

/**
 * The stored state of a right to the programme. NOT_OFFERED is where every right begins; a right may be declined
 * before it starts. A paused programme starts again (STARTED); COMPLETED and DECLINED are final.
 */
public enum ParticipationState {
    NOT_OFFERED,
    OFFERED,
    STARTED,
    PAUSED,
    COMPLETED,
    DECLINED;

    public String i18nKey() {
        return "introduction.state." + name();
    }
}
