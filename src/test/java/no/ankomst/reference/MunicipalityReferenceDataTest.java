package no.ankomst.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.ankomst.AnkomstTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AnkomstTest
class MunicipalityReferenceDataTest {

    @Autowired
    MunicipalityService municipalities;

    @Test
    void all_357_municipalities_and_15_counties_of_2026_are_loaded() {
        assertThat(municipalities.all()).hasSize(357);
        assertThat(municipalities.countCounties()).isEqualTo(15);
    }

    @Test
    void the_migration_matches_the_reference_file_row_by_row() throws IOException {
        List<String> expected = Files.readAllLines(Path.of("db/reference/municipalities-2026.csv"),
                StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split(",")[0] + "," + line.split(",")[1])
                .sorted().toList();
        List<String> loaded = municipalities.all().stream().map(m -> m.code() + "," + m.name()).sorted().toList();
        assertThat(loaded).isEqualTo(expected);
    }

    @Test
    void names_keep_their_norwegian_and_sami_letters() {
        assertThat(municipalities.all()).extracting(Municipality::name)
                .contains("Råde", "Tromsø", "Trondheim - Tråante", "Oslo - Oslove");
    }
}
