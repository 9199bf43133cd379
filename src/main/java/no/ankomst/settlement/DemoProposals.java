package no.ankomst.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ankomst.security.Capability;
import no.ankomst.security.SystemWork;
import no.ankomst.settlement.MatchingConfiguration.MatchingLimit;
import no.ankomst.settlement.ProposalRecords.MemberRow;
import no.ankomst.settlement.ProposalRecords.ProposalRow;
import no.ankomst.settlement.matching.GreedyMatching;
import no.ankomst.settlement.matching.MatchInput;
import no.ankomst.settlement.matching.MatchResult;
import no.ankomst.settlement.matching.MatchWeights;
import no.ankomst.settlement.matching.Matching;
import no.ankomst.settlement.matching.Proposal;
import no.ankomst.security.Role;
import no.ankomst.security.Scope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's proposals, once: five households at Råde ready for settlement (most wishing for Oslo, the demo
 * coordinator's municipality), council decisions and dwellings where missing, one matching run over the demo
 * officer's counties (Østfold, Oslo), the proposals to Oslo sent, and one of them accepted with a date two days
 * ago and settled at once, so the coordinator's page shows waiting, accepted and settled households.
 */
@Component
@Profile("demo")
@Order(70)
class DemoProposals implements ApplicationRunner {

    private static final Set<String> COUNTIES = Set.of("03", "31");
    private static final String OSLO = "0301";
    private static final String BY = "demo-data";

    private final DemoProposalsRepository demo;
    private final MatchingInputRepository input;
    private final ProposalRepository proposals;
    private final Settler settler;
    private final MatchWeights weights;
    private final MatchingLimit limit;
    private final Clock clock;

    DemoProposals(DemoProposalsRepository demo, MatchingInputRepository input, ProposalRepository proposals,
                  Settler settler, MatchWeights weights, MatchingLimit limit, Clock clock) {
        this.demo = demo;
        this.input = input;
        this.proposals = proposals;
        this.settler = settler;
        this.weights = weights;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.anyRun()) {
            return;
        }
        long site = demo.site("Nasjonalt ankomstsenter Råde").orElse(-1L);
        if (site < 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        places(today);
        String[] oslo = {OSLO};
        String[] none = {};
        demo.readyHousehold(site, "31", "Kovalenko", List.of("Iryna", "Andrii", "Sofiia"),
                List.of(today.minusYears(38), today.minusYears(40), today.minusYears(9)), today.minusMonths(4),
                today.minusMonths(2), 2, oslo, oslo, "Iryna is a nurse, Andrii an electrician; Sofiia goes to school.");
        demo.readyHousehold(site, "31", "Shevchenko", List.of("Olha", "Maksym"),
                List.of(today.minusYears(31), today.minusYears(4)), today.minusMonths(5), today.minusMonths(3), 1, oslo,
                none, "Olha taught English; Maksym needs a kindergarten place.");
        demo.readyHousehold(site, "31", "Bondarenko", List.of("Tetiana", "Oleh", "Daryna", "Yurii"),
                List.of(today.minusYears(42), today.minusYears(44), today.minusYears(14), today.minusYears(11)),
                today.minusMonths(3), today.minusMonths(2), 3, oslo, none, "Oleh drove trucks; both children at school.");
        demo.readyHousehold(site, "31", "Melnyk", List.of("Vasyl"), List.of(today.minusYears(58)),
                today.minusMonths(6), today.minusMonths(4), 1, none, none, "Retired engineer, speaks some English.");
        demo.readyHousehold(site, "31", "Tkachenko", List.of("Nataliia", "Ihor"),
                List.of(today.minusYears(27), today.minusYears(29)), today.minusMonths(2), today.minusMonths(1), 1, oslo,
                none, "Both studied IT in Kharkiv.");
        runAndSend(today);
    }

    private void places(LocalDate today) {
        demo.location(OSLO, 59.91, 10.75);
        Map<String, double[]> ostfold = new HashMap<>();
        ostfold.put("3101", new double[] {59.12, 11.39});
        ostfold.put("3103", new double[] {59.43, 10.66});
        ostfold.put("3105", new double[] {59.28, 11.11});
        ostfold.put("3107", new double[] {59.22, 10.93});
        ostfold.put("3112", new double[] {59.35, 10.87});
        ostfold.forEach((code, at) -> demo.location(code, at[0], at[1]));
        int year = today.getYear();
        demo.decision(OSLO, year, 40, 2, today.minusMonths(10));
        demo.decision("3107", year, 15, 0, today.minusMonths(10));
        demo.decision("3105", year, 10, 0, today.minusMonths(10));
        for (int i = 1; i <= 3; i++) {
            demo.dwelling(OSLO, "Trosterudveien " + (10 + i), 3, 5, today.minusDays(10));
        }
        demo.dwelling(OSLO, "Furuset allé 4", 2, 3, today.minusDays(10));
        demo.dwelling(OSLO, "Haugerud senter 2", 1, 2, today.minusDays(10));
        demo.dwelling("3107", "Kråkerøy 7", 2, 4, today);
        demo.dwelling("3105", "Tune 12", 2, 3, today);
    }

    /** One run as the officer would, the proposals to Oslo sent, the first of them accepted and settled. */
    private void runAndSend(LocalDate today) {
        MatchInput problem = new MatchInput(input.readyHouseholds(COUNTIES, today),
                input.municipalities(COUNTIES, today.getYear()), weights);
        MatchResult result = Matching.solve(problem, limit.duration());
        MatchResult greedy = GreedyMatching.solve(problem);
        int assigned = (int) result.proposals().stream().filter(Proposal::assigned).count();
        long runId = proposals.insertRun(BY, COUNTIES, problem.households().size(), assigned, result.score().total(),
                greedy.score().total(), result.score().brokenHardRules(), result.elapsed().toMillis());
        for (Proposal proposal : result.proposals()) {
            if (proposal.assigned() && proposal.municipalityCode() != null && proposal.dwellingId() != null) {
                proposals.insertDraft(runId, proposal.householdId(), proposal.municipalityCode(),
                        Long.valueOf(proposal.dwellingId()), proposal.score(), ExplanationJson.write(proposal.explanation()),
                        BY);
            }
        }
        Scope all = new Scope(Role.MANAGER, Set.of(), null, Set.of());
        boolean accepted = false;
        for (ProposalRow row : proposals.page(all, new ProposalRecords.ProposalFilter(runId, null), 0, 50)) {
            if (!row.municipalityCode().equals(OSLO)) {
                continue;
            }
            proposals.move(row.id(), row.version(), ProposalState.DRAFT, ProposalState.SENT);
            proposals.moveHousehold(row.householdId(), SettlementStates.READY, SettlementStates.PROPOSED);
            if (!accepted && row.dwellingId() != null) {
                accepted = true;
                proposals.decide(row.id(), row.version() + 1, ProposalState.ACCEPTED, BY, row.dwellingId(), null);
                proposals.reserveDwelling(row.dwellingId(), OSLO);
                Map<Long, LocalDate> dates = new HashMap<>();
                for (MemberRow member : proposals.members(row.householdId(), null)) {
                    dates.put(member.personId(), today.minusDays(2));
                }
                proposals.insertMembers(row.id(), dates);
                proposals.moveHousehold(row.householdId(), SettlementStates.PROPOSED, SettlementStates.ACCEPTED);
                long proposalId = row.id();
                SystemWork.as(SettlementJob.NAME, Capability.CHANGE_STAYS)
                        .run(() -> settler.settleDue(today, proposalId));
            }
        }
    }
}
