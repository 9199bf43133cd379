package no.ankomst.demo;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static org.jooq.impl.DSL.selectOne;
import static no.ankomst.db.Tables.UNIT;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

/** Bulk writes for generated data: units and beds for sites, and COPY of generated rows. */
@Repository
@Profile("demo")
class DemoDataRepository {

    static final Map<String, String> COLUMNS = Map.of(
            "household", "id, private_address",
            "person", "id, family_name, given_names, family_name_cyrillic, given_names_cyrillic, birth_date, sex, "
                    + "citizenships, languages, phone, needs, arrival_date, identity_number, household_id, "
                    + "relation_to_head, shared_household_before_2022, search_text",
            "identity_document", "person_id, type, number, issuing_country, expiry_date",
            "police_registration", "person_id, registered_on, police_district, at_arrival_centre, "
                    + "fingerprints_taken, photo_taken, asylum_card_number, asked_for_accommodation",
            "stay", "id, person_id, site_id, bed_id, checked_in_on, checked_out_on, checkout_reason",
            "protection_case", "id, person_id, state, registered_on, state_since, interview_on, processing_track, "
                    + "permit_from, permit_to, residence_card, decision_letter_sent_on, address_receives_post",
            // in order within each case: the database checks that each event follows the one before
            "case_event", "case_id, kind, from_state, to_state, effective_on, recorded_at, recorded_by, reason, "
                    + "interview_on, processing_track, permit_from, permit_to, residence_card, "
                    + "decision_letter_sent_on, address_receives_post",
            "permit", "case_id, valid_from, valid_to, renewal");

    private final DSLContext db;
    private final DataSource dataSource;

    DemoDataRepository(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    boolean anyPerson() {
        return db.fetchExists(PERSON);
    }

    java.util.Set<String> identityNumbersInUse() {
        return db.select(PERSON.IDENTITY_NUMBER).from(PERSON).where(PERSON.IDENTITY_NUMBER.isNotNull())
                .fetchSet(PERSON.IDENTITY_NUMBER);
    }

    /**
     * Every site with its free beds; a site without units gets units of {@code bedsPerUnit} up to its capacity. A bed
     * that has held anyone is not free here: generated stays start in the past, and a demo stay that ended last week
     * would overlap them.
     */
    List<SiteBeds> sitesWithBeds(int bedsPerUnit, int maxBedsPerSite) {
        List<SiteBeds> sites = new ArrayList<>();
        for (var site : db.select(SITE.ID, SITE.TYPE, SITE.CAPACITY).from(SITE).where(SITE.ACTIVE).orderBy(SITE.ID)
                .fetch()) {
            long siteId = site.value1();
            if (!db.fetchExists(UNIT, UNIT.SITE_ID.eq(siteId))) {
                createUnits(siteId, Math.min(site.value3(), maxBedsPerSite), bedsPerUnit);
            }
            List<Long> beds = db.select(BED.ID).from(BED).join(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                    .where(UNIT.SITE_ID.eq(siteId).and(BED.BLOCKED.isFalse()))
                    .andNotExists(selectOne().from(STAY).where(STAY.BED_ID.eq(BED.ID)))
                    .orderBy(UNIT.ID, BED.ID).fetch(BED.ID);
            sites.add(new SiteBeds(siteId, "ARRIVAL_CENTRE".equals(site.value2()), beds));
        }
        return sites;
    }

    private void createUnits(long siteId, int beds, int bedsPerUnit) {
        int units = (beds + bedsPerUnit - 1) / bedsPerUnit;
        for (int u = 1; u <= units; u++) {
            long unitId = db.insertInto(UNIT).set(UNIT.SITE_ID, siteId).set(UNIT.NAME, "Avdeling " + u)
                    .returning(UNIT.ID).fetchSingle(UNIT.ID);
            var insert = db.insertInto(BED, BED.UNIT_ID, BED.LABEL, BED.CHILD_BED, BED.ACCESSIBLE);
            for (int b = 1; b <= bedsPerUnit && (u - 1) * bedsPerUnit + b <= beds; b++) {
                insert = insert.values(unitId, u + "-" + b, b % 6 == 0, b == 1);
            }
            insert.execute();
        }
    }

    /** The next free id of a table whose generator rows carry their own ids. */
    long nextId(String table) {
        return ((Number) db.fetchValue("select coalesce(max(id), 0) + 1 from " + table)).longValue();
    }

    /** After a COPY with explicit ids, moves the identity past them. */
    void resetIdentity(String table) {
        db.fetch("select setval(pg_get_serial_sequence(?, 'id'), (select coalesce(max(id), 1) from " + table + "))",
                table);
    }

    long copy(String table, Reader csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + COLUMNS.get(table) + ") from stdin (format csv)", csv);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Statistics for the planner and a visibility map for index-only scans, after a bulk load. */
    void vacuumAnalyze() {
        db.execute("vacuum analyze");
    }
}
