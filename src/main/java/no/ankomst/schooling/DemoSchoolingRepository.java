package no.ankomst.schooling;

import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SCHOOL;
import static no.ankomst.db.Tables.SCHOOL_ENROLMENT;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

/** The demo profile's reads: which municipalities have sites, and children of school age staying at them. */
@Repository
@Profile("demo")
class DemoSchoolingRepository {

    private final DSLContext db;

    DemoSchoolingRepository(DSLContext db) {
        this.db = db;
    }

    boolean anySchool() {
        return db.fetchExists(SCHOOL);
    }

    boolean anyEnrolment() {
        return db.fetchExists(SCHOOL_ENROLMENT);
    }

    List<String> siteMunicipalities() {
        return db.selectDistinct(SITE.MUNICIPALITY_CODE).from(SITE).orderBy(SITE.MUNICIPALITY_CODE)
                .fetch(SITE.MUNICIPALITY_CODE);
    }

    record DemoChild(long personId, LocalDate birthDate, LocalDate arrival, String municipalityCode) {
    }

    /** Children born in the window, staying now at a site, with a known arrival, by id. */
    List<DemoChild> children(LocalDate bornFrom, LocalDate bornTo) {
        var arrival = ChildrenRepository.arrival(PERSON.ID, PERSON.ARRIVAL_DATE);
        return db.select(PERSON.ID, PERSON.BIRTH_DATE, arrival.as("arrival"), SITE.MUNICIPALITY_CODE)
                .from(STAY).join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID)).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .where(STAY.CHECKED_OUT_ON.isNull().and(STAY.PERSON_BIRTH_DATE.between(bornFrom, bornTo))
                        .and(PERSON.MERGED_INTO.isNull()))
                .orderBy(PERSON.ID)
                .fetch(r -> new DemoChild(r.get(PERSON.ID), r.get(PERSON.BIRTH_DATE), r.get("arrival", LocalDate.class),
                        r.get(SITE.MUNICIPALITY_CODE)))
                .stream().filter(c -> c.arrival() != null).toList();
    }

    Long schoolIn(String municipalityCode) {
        return db.select(SCHOOL.ID).from(SCHOOL).where(SCHOOL.MUNICIPALITY_CODE.eq(municipalityCode))
                .orderBy(SCHOOL.ID).limit(1).fetchOne(SCHOOL.ID);
    }
}
