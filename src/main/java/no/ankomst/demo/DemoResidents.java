package no.ankomst.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's residents: a few hundred on the demo sites, generated once. */
@Component
@Profile("demo")
@Order(30)
class DemoResidents implements ApplicationRunner {

    static final int RESIDENTS = 400;

    private final DemoDataGenerator generator;

    DemoResidents(DemoDataGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!generator.hasResidents()) {
            generator.generate(RESIDENTS, 2026, 8, 60);
        }
    }
}
