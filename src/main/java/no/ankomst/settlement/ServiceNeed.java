package no.ankomst.settlement;

/**
 * Needs for services near home, stated as functional needs (what the household needs nearby), never as diagnoses,
 * and recorded only with the household's consent. The same codes name what a municipality offers
 * (municipality_service) and what the matching compares.
 */
public enum ServiceNeed {
    SPECIALIST_HEALTH_NEARBY,
    ACCESSIBLE_TRANSPORT,
    HOME_CARE,
    SPECIAL_NEEDS_EDUCATION,
    PSYCHOSOCIAL_FOLLOW_UP,
    INTERPRETER_SIGN_LANGUAGE;

    public static boolean known(String code) {
        for (ServiceNeed need : values()) {
            if (need.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    public String i18nKey() {
        return "settlement.service." + name();
    }
}
