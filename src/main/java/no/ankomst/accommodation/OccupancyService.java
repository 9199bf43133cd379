package no.ankomst.accommodation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.accommodation.OccupancyRecords.BedOccupancy;
import no.ankomst.accommodation.OccupancyRecords.Capacity;
import no.ankomst.accommodation.OccupancyRecords.Movements;
import no.ankomst.accommodation.OccupancyRecords.Occupant;
import no.ankomst.accommodation.OccupancyRecords.Population;
import no.ankomst.accommodation.OccupancyRecords.SiteDetail;
import no.ankomst.accommodation.OccupancyRecords.SiteOccupancy;
import no.ankomst.accommodation.OccupancyRecords.UnitOccupancy;
import no.ankomst.accommodation.OccupancyRepository.BedLine;
import no.ankomst.accommodation.OccupancyRepository.SiteName;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The occupancy board: who is where on a day, per site of the caller's scope and per unit of one site. */
@Service
public class OccupancyService {

    // READ_OCCUPANCY: settlement coordinators work on households proposed to their municipality, not on sites

    private static final Population NOBODY = new Population(0, 0, 0, 0, 0, 0);
    private static final Capacity NO_BEDS = new Capacity(0, 0, 0, 0);
    private static final Movements NO_MOVES = new Movements(0, 0);

    private final OccupancyRepository repository;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Clock clock;

    OccupancyService(OccupancyRepository repository, CurrentUser currentUser, Permissions permissions, Clock clock) {
        this.permissions = permissions;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the caller works at the site (may choose its beds). */
    public boolean inScope(long siteId) {
        return currentUser.scope().coversSite(siteId);
    }

    /** One line per active site the caller covers, from three grouped queries whatever the number of sites. */
    @Transactional(readOnly = true)
    public List<SiteOccupancy> occupancyBySite(LocalDate day) {
        permissions.require(Capability.READ_OCCUPANCY);
        return figures(repository.sites(currentUser.scope()), day);
    }

    /** Residents of the caller's active sites without a bed today: what the board's lists of those sites show. */
    @Transactional(readOnly = true)
    public int countWithoutBed() {
        permissions.require(Capability.READ_OCCUPANCY);
        List<Long> ids = repository.sites(currentUser.scope()).stream().map(SiteName::id).toList();
        return ids.isEmpty() ? 0 : repository.countWithoutBed(ids, today());
    }

    @Transactional(readOnly = true)
    public SiteDetail occupancyOfSite(long siteId, LocalDate day) {
        permissions.require(Capability.READ_OCCUPANCY);
        if (!currentUser.scope().coversSite(siteId)) {
            throw new AccessDeniedException("site " + siteId + " is outside the user's scope");
        }
        List<SiteName> site = repository.sites(currentUser.scope()).stream().filter(s -> s.id() == siteId).toList();
        if (site.isEmpty()) {
            throw new AccessDeniedException("site " + siteId + " is not an active site");
        }
        boolean changeable = day.equals(today()) && permissions.may(Capability.CHANGE_STAYS);
        return new SiteDetail(figures(site, day).getFirst(), units(repository.beds(siteId, day)),
                repository.withoutBed(siteId, day), changeable);
    }

    private List<SiteOccupancy> figures(List<SiteName> sites, LocalDate day) {
        List<Long> ids = sites.stream().map(SiteName::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Population> population = repository.population(ids, day);
        Map<Long, Capacity> capacity = capacity(ids, day, population);
        Map<Long, Movements> movements = repository.movements(ids, day);
        Map<Long, Integer> planned = repository.plannedArrivals(ids, day);
        return sites.stream().map(site -> new SiteOccupancy(site.id(), site.name(), day,
                population.getOrDefault(site.id(), NOBODY), capacity.getOrDefault(site.id(), NO_BEDS),
                movements.getOrDefault(site.id(), NO_MOVES), planned.getOrDefault(site.id(), 0))).toList();
    }

    /**
     * Occupied beds are the people present in a bed (a bed never holds two stays at once, so the
     * population already counted them); free beds are neither blocked nor occupied.
     */
    private Map<Long, Capacity> capacity(List<Long> ids, LocalDate day, Map<Long, Population> population) {
        Map<Long, int[]> beds = repository.bedCounts(ids);
        Map<Long, Integer> occupiedBlocked = repository.occupiedBlockedBeds(ids, day);
        Map<Long, Capacity> capacity = new java.util.HashMap<>();
        beds.forEach((site, counts) -> {
            int occupied = population.getOrDefault(site, NOBODY).inBeds();
            int free = counts[0] - counts[1] - (occupied - occupiedBlocked.getOrDefault(site, 0));
            capacity.put(site, new Capacity(counts[0], counts[1], occupied, free));
        });
        return capacity;
    }

    /** Groups the site's bed lines (already ordered by unit and label) into units with their own counts. */
    private static List<UnitOccupancy> units(List<BedLine> lines) {
        Map<Long, List<BedLine>> byUnit = new LinkedHashMap<>();
        lines.forEach(line -> byUnit.computeIfAbsent(line.unitId(), id -> new ArrayList<>()).add(line));
        return byUnit.values().stream().map(OccupancyService::unit).toList();
    }

    private static UnitOccupancy unit(List<BedLine> lines) {
        List<BedOccupancy> beds = lines.stream().map(BedLine::bed).toList();
        List<Occupant> occupants = beds.stream().map(BedOccupancy::occupant)
                .filter(java.util.Objects::nonNull).toList();
        Capacity capacity = new Capacity(beds.size(), (int) beds.stream().filter(BedOccupancy::blocked).count(),
                occupants.size(), (int) beds.stream().filter(BedOccupancy::free).count());
        int men = (int) occupants.stream().filter(o -> !o.child() && "MALE".equals(o.sex())).count();
        int women = (int) occupants.stream().filter(o -> !o.child() && "FEMALE".equals(o.sex())).count();
        int children = (int) occupants.stream().filter(Occupant::child).count();
        return new UnitOccupancy(lines.getFirst().unitId(), lines.getFirst().unitName(), capacity, men, women,
                children, beds);
    }
}
