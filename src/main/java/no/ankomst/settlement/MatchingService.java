package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ValidationException;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import no.ankomst.settlement.MatchingConfiguration.MatchingLimit;
import no.ankomst.settlement.ProposalRecords.RunSummary;
import no.ankomst.settlement.matching.GreedyMatching;
import no.ankomst.settlement.matching.MatchHousehold;
import no.ankomst.settlement.matching.MatchInput;
import no.ankomst.settlement.matching.MatchMunicipality;
import no.ankomst.settlement.matching.MatchResult;
import no.ankomst.settlement.matching.MatchWeights;
import no.ankomst.settlement.matching.Matching;
import no.ankomst.settlement.matching.Proposal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officer's matching run over their counties: reads the input (one read-only transaction), searches with the
 * solver and the greedy baseline outside any transaction (seconds; the view runs it as {@code BackgroundWork}),
 * then in one transaction replaces the counties' drafts by the run's, records the run and audits it. A household
 * sent or accepted by someone while the run searched is left out of the drafts, never doubled.
 */
@Service
public class MatchingService {

    static final String RUN_ENTITY = "matching_run";

    private final MatchingInputRepository input;
    private final ProposalRepository proposals;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final MatchWeights weights;
    private final MatchingLimit limit;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    MatchingService(MatchingInputRepository input, ProposalRepository proposals, Permissions permissions,
                    CurrentUser currentUser, AuditService audit, MatchWeights weights, MatchingLimit limit, Clock clock,
                    PlatformTransactionManager transactions) {
        this.input = input;
        this.proposals = proposals;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.weights = weights;
        this.limit = limit;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** Whether the signed-in user runs the matching (settlement officers). */
    public boolean available() {
        return permissions.may(Capability.RUN_MATCHING);
    }

    /** How long one run may take at most (shown while it runs). */
    public long timeLimitSeconds() {
        return limit.duration().toSeconds();
    }

    /** Runs the matching over the officer's counties; takes up to the configured time limit. */
    public RunSummary run() {
        Scope scope = permissions.require(Capability.RUN_MATCHING);
        Set<String> counties = scope.countyCodes();
        if (counties.isEmpty()) {
            throw ValidationException.of("counties", "validation.settlement.noCounties");
        }
        LocalDate today = LocalDate.now(clock);
        Loaded loaded = reading.execute(status -> new Loaded(input.readyHouseholds(counties, today),
                input.municipalities(counties, today.getYear()), input.decidedWithoutLocation(counties, today.getYear())));
        MatchInput problem = new MatchInput(loaded.households(), loaded.municipalities(), weights);
        long began = System.nanoTime();
        MatchResult result = Matching.solve(problem, limit.duration());
        long durationMs = (System.nanoTime() - began) / 1_000_000;
        MatchResult greedy = GreedyMatching.solve(problem);
        String actor = currentUser.actorName();
        return writing.execute(status -> record(counties, actor, problem, result, greedy, durationMs, loaded));
    }

    private RunSummary record(Set<String> counties, String actor, MatchInput problem, MatchResult result,
            MatchResult greedy, long durationMs, Loaded loaded) {
        int replaced = proposals.withdrawDrafts(counties);
        int assigned = (int) result.proposals().stream().filter(Proposal::assigned).count();
        long runId = proposals.insertRun(actor, counties, problem.households().size(), assigned,
                result.score().total(), greedy.score().total(), result.score().brokenHardRules(), durationMs);
        int skipped = 0;
        for (Proposal proposal : result.proposals()) {
            if (!proposal.assigned() || proposal.municipalityCode() == null || proposal.dwellingId() == null) {
                continue;
            }
            if (!proposals.insertDraft(runId, proposal.householdId(), proposal.municipalityCode(),
                    Long.valueOf(proposal.dwellingId()), proposal.score(), ExplanationJson.write(proposal.explanation()),
                    actor)) {
                skipped++;
            }
        }
        audit.record(AuditAction.MATCHING_RUN, RUN_ENTITY, runId, "counties " + counties.stream().sorted().toList()
                + ": " + problem.households().size() + " households, " + assigned + " proposed (" + skipped
                + " changed meanwhile), score " + result.score().total() + " against greedy " + greedy.score().total()
                + ", " + replaced + " earlier drafts replaced");
        return new RunSummary(runId, problem.households().size(), assigned - skipped, result.score().total(),
                greedy.score().total(), result.score().brokenHardRules(), durationMs, problem.municipalities().size(),
                loaded.withoutLocation(), skipped);
    }

    private record Loaded(List<MatchHousehold> households, List<MatchMunicipality> municipalities,
            int withoutLocation) {
    }
}
