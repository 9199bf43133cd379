package no.ankomst.accommodation;

import java.util.List;
import no.ankomst.accommodation.SiteRecords.NewSite;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo profile's sites; added once, kept across restarts. */
@Component
@Profile("demo")
@Order(10)
class DemoSites implements ApplicationRunner {

    static final List<NewSite> SITES = List.of(
            new NewSite("Nasjonalt ankomstsenter Råde", SiteType.ARRIVAL_CENTRE, "3112", "Støtvigveien 2",
                    "UDI", 1000),
            new NewSite("Haugesund mottak", SiteType.ORDINARY_CENTRE, "1106", "Karmsundgata 40", "Hero Norge", 180),
            new NewSite("Oslo akuttinnkvartering Alna", SiteType.EMERGENCY_ACCOMMODATION, "0301", "Alnabru 12",
                    "Oslo kommune", 400),
            new NewSite("Trondheim transittmottak", SiteType.TRANSIT_CENTRE, "5001", "Lade allé 9", "Link", 220),
            new NewSite("Bergen integreringsmottak", SiteType.INTEGRATION_CENTRE, "4601", "Fyllingsveien 5",
                    "Bergen kommune", 120),
            new NewSite("Tromsø EM-mottak", SiteType.UNACCOMPANIED_MINORS_CENTRE, "5501", "Storgata 101",
                    "Tromsø kommune", 30));

    private final SiteRepository repository;

    DemoSites(SiteRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (NewSite site : SITES) {
            if (!repository.nameTaken(site.name())) {
                repository.insert(site, site.type(), site.municipalityCode(), site.capacity());
            }
        }
    }
}
