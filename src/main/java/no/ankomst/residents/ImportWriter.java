package no.ankomst.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.StayRecords.Arrival;
import no.ankomst.accommodation.StayService;
import no.ankomst.residents.ImportPass.ValidRow;

/**
 * Writes each chunk of valid rows: households for the heads, then persons, documents and police
 * registrations as multi-row inserts, then one check-in statement at the site.
 */
final class ImportWriter implements ImportPass.Sink {

    private final RegistrationImportRepository repository;
    private final StayService stays;
    private final long siteId;
    private final LocalDate today;
    /** household_key → household id; a key's head is always written before its members. */
    private final Map<String, Long> households = new HashMap<>();
    private int persons;
    private int householdCount;

    ImportWriter(RegistrationImportRepository repository, StayService stays, long siteId, LocalDate today) {
        this.repository = repository;
        this.stays = stays;
        this.siteId = siteId;
        this.today = today;
    }

    @Override
    public void accept(List<ValidRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> newHouseholds = repository.insertHouseholds(
                (int) rows.stream().filter(r -> r.relation() == Relation.HEAD).count());
        householdCount += newHouseholds.size();
        int nextHousehold = 0;
        List<Long> householdIds = new ArrayList<>(rows.size());
        for (ValidRow row : rows) {
            if (row.relation() == Relation.HEAD) {
                long householdId = newHouseholds.get(nextHousehold++);
                if (row.householdKey() != null) {
                    households.put(row.householdKey(), householdId);
                }
                householdIds.add(householdId);
            } else {
                householdIds.add(households.get(row.householdKey()));
            }
        }
        List<Long> personIds = repository.insertPersons(rows, householdIds);
        repository.insertDocumentsAndRegistrations(rows, personIds);
        List<Arrival> arrivals = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LocalDate arrived = rows.get(i).resident().arrivalDate();
            arrivals.add(new Arrival(personIds.get(i), arrived != null ? arrived : today));
        }
        stays.checkInNewArrivals(siteId, arrivals);
        persons += rows.size();
    }

    int persons() {
        return persons;
    }

    int households() {
        return householdCount;
    }
}
