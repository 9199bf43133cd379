package no.ankomst.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentRecords.DuplicateCandidate;
import no.ankomst.residents.ResidentRecords.DuplicateElsewhere;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.Duplicates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The duplicate check while registering tells who matches only within the user's scope; beyond it, only that a
 * likely duplicate exists and whom to ask, never the person's name, birth date or numbers.
 */
@AnkomstTest
class DuplicateCheckScopeTest {

    private static final LocalDate BORN = LocalDate.of(1979, 7, 7);

    @Autowired
    ResidentTestData data;
    @Autowired
    ResidentService residents;

    private record Known(long id, String surname, String identityNumber, String passport) {
    }

    private Known registeredAt(String site) {
        String surname = ResidentTestData.surname();
        long id = data.head(surname, "Vira", BORN, site).personId();
        ResidentRecords.ResidentDetail detail = data.as("admin", () -> residents.detail(id));
        return new Known(id, surname, detail.identityNumber(), detail.documents().getFirst().number());
    }

    /** Someone else typing the same passport and identity number under another name. */
    private Duplicates probedBy(String user, Known known) {
        return data.as(user, () -> residents.duplicates(new DuplicateProbe("Other", "Name", null, null,
                LocalDate.of(1990, 1, 1), known.identityNumber(), known.passport())));
    }

    @Test
    void centre_staff_learn_only_that_someone_at_another_site_matches_and_whom_to_ask() {
        Known elsewhere = registeredAt(ResidentTestData.HAUGESUND);

        Duplicates found = probedBy("staff", elsewhere);

        assertThat(found.candidates()).extracting(DuplicateCandidate::id).doesNotContain(elsewhere.id());
        assertThat(found.elsewhere()).singleElement().satisfies(hint -> {
            assertThat(hint.askAt()).isEqualTo(ResidentTestData.HAUGESUND);
            assertThat(hint.reasons()).containsExactlyInAnyOrder("duplicates.reason.identityNumber",
                    "duplicates.reason.document");
        });
        assertThat(found.toString()).doesNotContain(elsewhere.surname(), elsewhere.identityNumber(),
                BORN.toString(), String.valueOf(elsewhere.id()));
    }

    @Test
    void someone_who_never_stayed_anywhere_is_a_matter_for_the_arrival_centre_or_an_administrator() {
        String surname = ResidentTestData.surname();
        long id = data.plainHead(surname, "Vira", BORN, null).personId();

        Duplicates found = data.as("staff", () -> residents.duplicates(new DuplicateProbe(surname, "Vira", null, null,
                BORN, null, null)));

        assertThat(found.candidates()).extracting(DuplicateCandidate::id).doesNotContain(id);
        assertThat(found.elsewhere()).extracting(DuplicateElsewhere::askAt).containsNull();
        assertThat(found.toString()).doesNotContain(surname);
    }

    @ParameterizedTest(name = "{0} sees who matches in their scope")
    @ValueSource(strings = {"admin", "staff-haugesund"})
    void inside_the_scope_candidates_are_shown_with_who_they_are(String user) {
        Known known = registeredAt(ResidentTestData.HAUGESUND);

        Duplicates found = probedBy(user, known);

        assertThat(found.candidates()).filteredOn(c -> c.id() == known.id()).singleElement()
                .satisfies(c -> {
                    assertThat(c.familyName()).isEqualTo(known.surname());
                    assertThat(c.identityNumber()).isEqualTo(known.identityNumber());
                });
        assertThat(found.elsewhere()).isEmpty();
    }

    @Test
    void centre_staff_see_who_matches_among_people_of_their_own_site() {
        Known here = registeredAt(ResidentTestData.RADE);

        assertThat(probedBy("staff", here).candidates()).extracting(DuplicateCandidate::familyName)
                .contains(here.surname());
    }

    @ParameterizedTest(name = "{0} does not register, so has no duplicate check")
    @ValueSource(strings = {"manager", "health", "coordinator"})
    void roles_that_do_not_register_are_refused_the_duplicate_check(String user) {
        Known known = registeredAt(ResidentTestData.RADE);

        assertThatThrownBy(() -> probedBy(user, known)).isInstanceOf(AccessDeniedException.class);
    }
}
