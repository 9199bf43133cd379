package no.ankomst.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.ankomst.base.ValidationException;
import no.ankomst.protection.ProtectionRules;
import no.ankomst.protection.ScreeningAdvice;
import no.ankomst.protection.ScreeningAnswer;
import no.ankomst.protection.ScreeningEngine;
import no.ankomst.protection.ScreeningFacts;
import no.ankomst.protection.ScreeningFacts.FamilyLink;
import no.ankomst.protection.ScreeningOutcome;
import no.ankomst.protection.ScreeningRelation;
import no.ankomst.protection.UkrainianOblast;

/**
 * "Screening 100,000 people in one batch (the rule engine alone): ≤ 2 s." Generates N varied, consistent
 * screenings from a fixed seed (application dates 2022–2026 across every rule change, every ground, unknown
 * facts, family links), screens the whole batch a few times to warm up, then times whole batches. Prints the
 * figures and appends them as markdown to the output file. Arguments: people, timed batches, output file.
 */
public final class ScreeningBenchmark {

    private static final LocalDate CUT_OFF = LocalDate.of(2022, 2, 24);
    private static final int WARM_UP_BATCHES = 5;

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int people = Integer.parseInt(args[0]);
        int batches = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        List<ScreeningFacts> facts = generate(people, new SplittableRandom(20220224L));
        ScreeningEngine engine = new ScreeningEngine(ProtectionRules.CURRENT_LAW);

        Map<ScreeningOutcome, Integer> outcomes = new EnumMap<>(ScreeningOutcome.class);
        int[] refused = new int[1];
        Measurement batch = Measurement.of(String.format("screen %,d people in one batch (rule engine alone)", people),
                WARM_UP_BATCHES, batches, run -> {
                    outcomes.clear();
                    refused[0] = 0;
                    for (ScreeningFacts one : facts) {
                        try {
                            ScreeningAdvice advice = engine.screen(one);
                            outcomes.merge(advice.outcome(), 1, Integer::sum);
                        } catch (ValidationException contradiction) {
                            refused[0]++;
                        }
                    }
                });

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format("Eligibility screening: %,d generated people (seed 20220224), %d warm-up batches, "
                + "%d timed batches, JDK %s, %d cores.", people, WARM_UP_BATCHES, batches,
                Runtime.version(), Runtime.getRuntime().availableProcessors()));
        lines.add("");
        lines.add("| operation | goal | p50 | p95 | max | calls |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(batch.row("≤ 2,000 ms"));
        lines.add("");
        lines.add(String.format("Outcomes of one batch: %s; refused as contradictory: %,d.", outcomes, refused[0]));
        lines.forEach(System.out::println);
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        Files.write(output, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("appended to " + output);
        if (batch.p50Millis() > 2000) {
            System.out.println("GOAL MISSED: the median batch took more than 2 s");
        }
    }

    /** Consistent facts (no contradictions), spread over every ground, rule date and unknown. */
    static List<ScreeningFacts> generate(int count, SplittableRandom random) {
        List<ScreeningFacts> all = new ArrayList<>(count);
        UkrainianOblast[] oblasts = UkrainianOblast.values();
        ScreeningRelation[] relations = ScreeningRelation.values();
        ScreeningOutcome[] outcomes = ScreeningOutcome.values();
        int span = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - LocalDate.of(2022, 3, 1).toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate applied = LocalDate.of(2022, 3, 1).plusDays(random.nextInt(span + 1));
            LocalDate born = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(31_000));
            if (born.isAfter(applied)) {
                born = applied.minusYears(1);
            }
            ScreeningFacts.Builder facts = ScreeningFacts.on(applied).birthDate(random.nextInt(50) == 0 ? null : born);
            int nationality = random.nextInt(20);
            facts.citizenships(nationality < 15 ? List.of("UA") : nationality < 17 ? List.of("UA", "PL")
                    : nationality < 19 ? List.of("SY") : null);
            int residence = random.nextInt(10);
            if (residence < 7) {
                facts.livedInUkraine(ScreeningAnswer.YES);
                int when = random.nextInt(4);
                // in Ukraine on the cut-off, or abroad up to ~4 months before it; the date may be unknown
                LocalDate left = when == 0 ? CUT_OFF.minusDays(random.nextInt(120) + 1)
                        : CUT_OFF.plusDays(random.nextInt((int) (applied.toEpochDay() - CUT_OFF.toEpochDay()) + 1));
                if (random.nextInt(15) == 0) {
                    facts.daysAbroadBeforeCutOff(when == 0 ? (int) (CUT_OFF.toEpochDay() - left.toEpochDay()) : 0);
                } else if (!left.isBefore(born)) {
                    facts.leftUkraineOn(left);
                }
            } else {
                facts.livedInUkraine(residence < 9 ? ScreeningAnswer.NO : ScreeningAnswer.UNKNOWN);
            }
            facts.oblast(random.nextInt(12) == 0 ? null : oblasts[random.nextInt(oblasts.length)]);
            if (random.nextInt(8) == 0) {
                LocalDate from = CUT_OFF.minusDays(random.nextInt(2000) - 100);
                if (from.isAfter(applied)) {
                    from = applied;
                }
                facts.legalResidence(from, from.plusDays(random.nextInt(2500)));
            } else {
                facts.legalResidenceInNorway(random.nextInt(10) == 0 ? ScreeningAnswer.UNKNOWN : ScreeningAnswer.NO);
            }
            if (random.nextInt(12) == 0) {
                facts.protectionInUkraine(ScreeningAnswer.YES)
                        .protectionInUkraineGrantedOn(random.nextInt(10) == 0 ? null
                                : CUT_OFF.minusDays(random.nextInt(4000) + 1));
            } else {
                facts.protectionInUkraine(random.nextInt(10) == 0 ? ScreeningAnswer.UNKNOWN : ScreeningAnswer.NO);
            }
            if (random.nextInt(4) == 0) {
                facts.familyLink(new FamilyLink(relations[random.nextInt(relations.length)],
                        ScreeningAnswer.values()[random.nextInt(3)],
                        random.nextInt(10) == 0 ? null : outcomes[random.nextInt(outcomes.length)]));
            }
            facts.safeThirdCountryCitizen(answer(random, 15));
            ScreeningAnswer ended = answer(random, 20);
            facts.earlierProtectionEnded(ended);
            if (ended == ScreeningAnswer.YES && applied.isAfter(CUT_OFF.plusDays(30))) {
                facts.earlierProtectionEndedOn(CUT_OFF.plusDays(30 + random.nextInt(
                        (int) (applied.toEpochDay() - CUT_OFF.toEpochDay()) - 29)));
            }
            all.add(facts.build());
        }
        return all;
    }

    /** Mostly no; one in {@code oneIn} yes, and as many unknown. */
    private static ScreeningAnswer answer(SplittableRandom random, int oneIn) {
        int draw = random.nextInt(oneIn);
        return draw == 0 ? ScreeningAnswer.YES : draw == 1 ? ScreeningAnswer.UNKNOWN : ScreeningAnswer.NO;
    }
}
