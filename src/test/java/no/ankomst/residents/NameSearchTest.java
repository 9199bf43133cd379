package no.ankomst.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSearchTest {

    @ParameterizedTest
    @CsvSource({
            "Олександр, oleksandr",
            "Коваленко, kovalenko",
            "Шевченко, shevchenko",
            "Юлія, yuliya",
            "Гнатюк, hnatyuk",
            "Ковальчук, kovalchuk",
            "'  Anna-Maria  O''Neil ', anna maria oneil",
            "Ærøy Ødegård, aeroy odegard"})
    void cyrillic_and_accented_names_become_lower_case_ascii(String name, String expected) {
        assertThat(NameSearch.normalize(name)).isEqualTo(expected);
    }

    @Test
    void the_stored_search_text_holds_every_spelling_once() {
        assertThat(NameSearch.searchText("Kovalenko", "Oleksandr", "Коваленко", "Олександр", null))
                .isEqualTo("kovalenko oleksandr");
    }
}
