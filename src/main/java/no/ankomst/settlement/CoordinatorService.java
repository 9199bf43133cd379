package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.PlacesRepository.Left;
import no.ankomst.settlement.ProposalRecords.AcceptedRow;
import no.ankomst.settlement.ProposalRecords.MunicipalityOverview;
import no.ankomst.settlement.ProposalRecords.ProposalFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's home (own municipality only): places left this year (decided, accepted, settled), proposals
 * waiting for an answer, accepted households with their dates, settlements in the next {@value #SOON_DAYS} days.
 */
@Service
public class CoordinatorService {

    static final int SOON_DAYS = 14;
    private static final int MAX_PAGE = 500;

    private final CoordinatorRepository repository;
    private final PlacesRepository places;
    private final ProposalRepository proposals;
    private final Permissions permissions;
    private final Clock clock;

    CoordinatorService(CoordinatorRepository repository, PlacesRepository places, ProposalRepository proposals,
                       Permissions permissions, Clock clock) {
        this.repository = repository;
        this.places = places;
        this.proposals = proposals;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Whether the signed-in user has a municipality's home (settlement coordinators). */
    public boolean available() {
        return permissions.may(Capability.DECIDE_SETTLEMENT);
    }

    @Transactional(readOnly = true)
    public MunicipalityOverview overview() {
        String code = own();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Optional<Left> left = places.left(code, year, false);
        int settled = repository.settledIn(code, year);
        return new MunicipalityOverview(code, repository.municipalityName(code).orElse(code), year,
                left.map(Left::decidedPersons).orElse(null),
                left.map(l -> l.decidedPersons() - l.persons()).orElse(0), settled,
                left.map(Left::decidedMinors).orElse(null), left.map(l -> l.decidedMinors() - l.minors()).orElse(0),
                proposals.count(permissions.require(Capability.DECIDE_SETTLEMENT),
                        new ProposalFilter(null, ProposalState.SENT)),
                repository.settlementsBetween(code, today, today.plusDays(SOON_DAYS)));
    }

    @Transactional(readOnly = true)
    public List<AcceptedRow> accepted(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return repository.accepted(own(), offset, limit);
    }

    private String own() {
        Scope scope = permissions.require(Capability.DECIDE_SETTLEMENT);
        String code = scope.municipalityCode();
        if (code == null) {
            throw new AccessDeniedException("a coordinator without a municipality");
        }
        return code;
    }
}
