package no.ankomst.reference;

/** One of the 357 municipalities (SSB classification 131, 2026). */
public record Municipality(String code, String name, String countyCode, String countyName) {

    public String label() {
        return name + " (" + code + ")";
    }
}
