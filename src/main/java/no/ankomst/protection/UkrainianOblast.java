package no.ankomst.protection;

/**
 * Where in Ukraine the person lived: the 24 oblasts, the Autonomous Republic of Crimea and the two cities
 * with special status. From 27 Sep 2024 UDI rates some of them as safe (see {@link ProtectionRules}).
 */
public enum UkrainianOblast {
    CHERKASY,
    CHERNIHIV,
    CHERNIVTSI,
    CRIMEA,
    DNIPROPETROVSK,
    DONETSK,
    IVANO_FRANKIVSK,
    KHARKIV,
    KHERSON,
    KHMELNYTSKYI,
    KIROVOHRAD,
    KYIV,
    KYIV_CITY,
    LUHANSK,
    LVIV,
    MYKOLAIV,
    ODESA,
    POLTAVA,
    RIVNE,
    SEVASTOPOL,
    SUMY,
    TERNOPIL,
    VINNYTSIA,
    VOLYN,
    ZAKARPATTIA,
    ZAPORIZHZHIA,
    ZHYTOMYR;

    public String i18nKey() {
        return "oblast." + name();
    }
}
