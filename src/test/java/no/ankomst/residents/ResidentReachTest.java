package no.ankomst.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.security.Capability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A feature widens whom a scope reads through a ResidentReach bean; reading only, never changing. */
@AnkomstTest
class ResidentReachTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ResidentAccess access;
    @Autowired
    ResidentTestData data;
    @Autowired
    OnePersonTestReach reach;

    @AfterEach
    void reachNobody() {
        reach.reachNobody();
    }

    @Test
    void a_coordinator_reads_the_one_person_a_features_reach_adds_and_no_other() {
        String surname = ResidentTestData.surname();
        long reached = data.head(surname, "Olena", LocalDate.of(1980, 4, 2), ResidentTestData.RADE).personId();
        long other = data.head(surname, "Iryna", LocalDate.of(1981, 5, 3), ResidentTestData.RADE).personId();
        reach.reach(reached);

        data.as("coordinator", () -> {
            assertThat(residents.detail(reached).id()).isEqualTo(reached);
            assertThatThrownBy(() -> residents.detail(other)).isInstanceOf(AccessDeniedException.class);
            assertThat(residents.search(surname, 10)).extracting(ResidentRow::id).containsExactly(reached);
        });
    }

    @Test
    void a_reach_lets_a_coordinator_read_but_not_change_the_person() {
        long reached = data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1990, 1, 9),
                ResidentTestData.RADE).personId();
        reach.reach(reached);

        data.as("coordinator", () -> {
            assertThat(residents.detail(reached).editable()).isFalse();
            assertThat(access.mayChange(Capability.EDIT_RESIDENT, reached)).isFalse();
        });
    }

    @Test
    void without_a_reach_a_coordinator_reads_nobody() {
        String surname = ResidentTestData.surname();
        long person = data.head(surname, "Mariia", LocalDate.of(1985, 7, 1), ResidentTestData.RADE).personId();

        data.as("coordinator", () -> {
            assertThatThrownBy(() -> residents.detail(person)).isInstanceOf(AccessDeniedException.class);
            assertThat(residents.search(surname, 10)).isEmpty();
        });
    }
}
