package no.ankomst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.health.Incidence;
import no.ankomst.health.TbOutcome;
import no.ankomst.health.TbRules;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few TB results of each kind for demo residents at the demo health user's sites (Haugesund, Alna), so the demo
 * shows done screenings, a referral for preventive treatment (one followed up) and suspected active TB on the
 * worklist; the other statuses follow from the arrival dates. Clinics and appointments are the booking's demo.
 * Added once.
 */
@Component
@Profile("demo")
@Order(40)
class DemoTbResults implements ApplicationRunner {

    private static final List<String> SITES = List.of("Haugesund mottak", "Oslo akuttinnkvartering Alna");
    private static final String BY = "demo-data";

    private final DemoTbRepository repository;
    private final TbRules rules;
    private final Clock clock;

    DemoTbResults(DemoTbRepository repository, TbRules rules, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.anyResult()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<DemoTbRepository.Resident> residents = repository.residentsAt(SITES, today.minusDays(3), 12);
        for (int i = 0; i < residents.size(); i++) {
            DemoTbRepository.Resident resident = residents.get(i);
            TbOutcome outcome = i < 7 ? TbOutcome.NO_FINDING : i < 10 ? TbOutcome.LATENT_INFECTION
                    : TbOutcome.SUSPECTED_ACTIVE;
            LocalDate tested = resident.arrival().plusDays(2 + i % 9);
            tested = tested.isBefore(today) ? tested : today.minusDays(1);
            String test = rules.testFor(resident.birthDate(), Incidence.HIGH, tested).name();
            long result = repository.result(resident.id(), test, tested, outcome.name(), BY);
            if (outcome == TbOutcome.LATENT_INFECTION) {
                LocalDate followedUp = i == 7 && tested.plusDays(14).isBefore(today) ? tested.plusDays(14) : null;
                repository.referral(resident.id(), "PREVENTIVE_TREATMENT", result, tested, followedUp, BY);
            } else if (outcome == TbOutcome.SUSPECTED_ACTIVE) {
                repository.referral(resident.id(), "SUSPECTED_ACTIVE", result, tested, null, BY);
            }
        }
    }
}
