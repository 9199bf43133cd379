package no.ankomst.schooling;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ankomst.schooling.DemoSchoolingRepository.DemoChild;
import no.ankomst.schooling.SchoolingRecords.EnrolmentDraft;
import no.ankomst.schooling.SchoolingRecords.KindergartenDraft;
import no.ankomst.schooling.SchoolingRecords.SchoolDraft;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's schools (two per municipality with a demo site) and enrolments chosen so the children list
 * shows every status: started, enrolled, needs school, soon late and late (most children without an enrolment
 * arrived long ago), and some kindergarten and activity. Added once, after the demo residents.
 */
@Component
@Profile("demo")
@Order(40)
class DemoSchooling implements ApplicationRunner {

    private static final Map<String, List<String>> SCHOOLS = Map.of(
            "3112", List.of("Råde barneskole", "Råde ungdomsskole"),
            "1106", List.of("Skåredalen skole", "Haugesund ungdomsskole"),
            "0301", List.of("Alna skole", "Furuset skole"),
            "5001", List.of("Lade skole", "Rosenborg skole"),
            "4601", List.of("Fyllingsdalen skole", "Bergen ungdomsskole"),
            "5501", List.of("Tromsø barneskole", "Kvaløysletta skole"));

    private final DemoSchoolingRepository demo;
    private final SchoolRepository schools;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    DemoSchooling(DemoSchoolingRepository demo, SchoolRepository schools, EnrolmentRepository enrolments,
                  Clock clock) {
        this.demo = demo;
        this.schools = schools;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.anySchool()) {
            for (String municipality : demo.siteMunicipalities()) {
                List<String> names = SCHOOLS.getOrDefault(municipality, List.of("Skole " + municipality));
                for (int i = 0; i < names.size(); i++) {
                    schools.insert(new SchoolDraft(municipality, names.get(i), null, true, i == 1 || names.size() == 1,
                            true));
                }
            }
        }
        if (demo.anyEnrolment()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<DemoChild> children = demo.children(LocalDate.of(today.getYear() - 15, 1, 1),
                LocalDate.of(today.getYear() - 7, 12, 31));
        int i = 0;
        for (DemoChild child : children) {
            if (child.arrival().isAfter(today.minusDays(150))) {
                continue;
            }
            Long school = demo.schoolIn(child.municipalityCode());
            if (school == null) {
                continue;
            }
            int year = Math.min(10, Math.max(1, today.getYear() - child.birthDate().getYear() - 6));
            LocalDate applied = child.arrival().plusDays(5);
            switch (i++ % 6) {
                // goes to school
                case 0, 1 -> enrolments.insert(child.personId(), new EnrolmentDraft(school, year, applied,
                        applied.plusDays(7), applied.plusDays(14), null, null));
                // left school 25 days ago: start-by within 7 days (soon late)
                case 2 -> enrolments.insert(child.personId(), new EnrolmentDraft(school, year, applied,
                        applied.plusDays(7), applied.plusDays(14), today.minusDays(25), EndReason.LEFT));
                // left 3 days ago, enrolled again: enrolled, start-by a month away
                case 3 -> {
                    enrolments.insert(child.personId(), new EnrolmentDraft(school, year, applied, applied.plusDays(7),
                            applied.plusDays(14), today.minusDays(3), EndReason.MOVED));
                    enrolments.insert(child.personId(), new EnrolmentDraft(school, year, today.minusDays(3),
                            today.minusDays(1), null, null, null));
                }
                // left 5 days ago, nothing since: needs school
                case 4 -> enrolments.insert(child.personId(), new EnrolmentDraft(school, year, applied,
                        applied.plusDays(7), applied.plusDays(14), today.minusDays(5), EndReason.OTHER));
                // applied long ago, still waiting: late
                default -> enrolments.insert(child.personId(), new EnrolmentDraft(school, year, applied, null, null,
                        null, null));
            }
            if (i >= 30) {
                break;
            }
        }
        List<DemoChild> small = demo.children(today.minusYears(5), today.minusYears(2));
        int j = 0;
        for (DemoChild child : small) {
            if (j % 3 == 0 && !child.arrival().plusDays(40).isAfter(today)) {
                enrolments.insertPlace(child.personId(), new KindergartenDraft(child.arrival().plusDays(3),
                        child.arrival().plusDays(30), child.arrival().plusDays(40), null, true));
            } else if (j % 3 == 1) {
                for (int d = 1; d <= 5; d++) {
                    enrolments.upsertActivity(child.personId(), today.minusDays(d), BigDecimal.valueOf(3.5), "demo");
                }
            }
            if (++j >= 15) {
                break;
            }
        }
    }
}
