package no.ankomst.demo;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Believable protection cases for generated households: sent to UDI days after the police registration,
 * processed automatically or by a case officer (some called for an interview), nearly all granted, a few
 * rejected (then individual asylum) or withdrawn; permits renewed a year at a time up to the maximum, a
 * few not renewed. A household's members share one timeline (UDI decides a family together). Steps that
 * would lie in the future have not happened yet, so recent arrivals are still waiting.
 */
final class DemoCases {

    private static final String BY = "demo-data";

    record Output(Writer cases, Writer events, Writer permits) {
    }

    private record Step(String kind, @Nullable String from, String to, LocalDate on, String reason,
                        @Nullable LocalDate interviewOn, @Nullable String track) {
    }

    private record Permit(LocalDate from, LocalDate to, boolean renewal, LocalDate decidedOn) {
    }

    /** One household's case history, written once per member. */
    static final class Timeline {
        private final List<Step> steps = new ArrayList<>();
        private final List<Permit> permits = new ArrayList<>();
        private @Nullable String card;
        private @Nullable LocalDate letterSentOn;
        private @Nullable Boolean post;
    }

    private final RandomGenerator random;
    private final LocalDate today;
    private final int maxPermitYears;
    private long caseId;

    DemoCases(RandomGenerator random, LocalDate today, int maxPermitYears, long nextCaseId) {
        this.random = random;
        this.today = today;
        this.maxPermitYears = maxPermitYears;
        this.caseId = nextCaseId;
    }

    Timeline timeline(LocalDate registeredOn) {
        Timeline t = new Timeline();
        t.steps.add(new Step("OPENED", null, "REGISTERED_WITH_POLICE", registeredOn, "Registrert hos politiet", null,
                null));
        if (random.nextDouble() < 0.01) {
            return withdrawn(t, registeredOn.plusDays(1 + random.nextInt(5)));
        }
        LocalDate sent = registeredOn.plusDays(1 + random.nextInt(5));
        if (!step(t, "REGISTERED_WITH_POLICE", "SENT_TO_UDI", sent, "Sendt til UDI av politiet", null, null)) {
            return t;
        }
        boolean automatic = random.nextDouble() < 0.7;
        LocalDate processing = sent.plusDays(2 + random.nextInt(18));
        if (!step(t, "SENT_TO_UDI", "IN_PROCESSING", processing, automatic ? "Automatisk behandling i UDI"
                : "Behandles av saksbehandler i UDI", null, automatic ? "AUTOMATIC" : "CASE_OFFICER")) {
            return t;
        }
        String before = "IN_PROCESSING";
        LocalDate decided = processing.plusDays(automatic ? 5 + random.nextInt(40) : 40 + random.nextInt(200));
        if (!automatic && random.nextDouble() < 0.3) {
            LocalDate called = processing.plusDays(10 + random.nextInt(50));
            if (!step(t, before, "CALLED_FOR_INTERVIEW", called, "UDI kaller inn til intervju",
                    called.plusDays(7 + random.nextInt(21)), null)) {
                return t;
            }
            before = "CALLED_FOR_INTERVIEW";
            decided = max(decided, called.plusDays(30 + random.nextInt(60)));
        }
        double outcome = random.nextDouble();
        if (outcome < 0.02) {
            return withdrawn(t, decided);
        }
        if (outcome < 0.06) {
            if (step(t, before, "REJECTED", decided, "Avslag fra UDI", null, null)
                    && random.nextDouble() < 0.8) {
                step(t, "REJECTED", "INDIVIDUAL_ASYLUM", decided.plusDays(7 + random.nextInt(30)),
                        "Saken går videre som asylsak", null, null);
            }
            return t;
        }
        if (decided.isAfter(today)) {
            return t;
        }
        grant(t, before, decided);
        return t;
    }

    private void grant(Timeline t, String before, LocalDate decided) {
        LocalDate latest = decided.plusYears(maxPermitYears).minusDays(1);
        t.permits.add(new Permit(decided, decided.plusYears(1).minusDays(1), false, decided));
        t.steps.add(new Step("STATE_CHANGED", before, "GRANTED", decided, "Vedtak fra UDI: innvilget", null, null));
        long daysSince = today.toEpochDay() - decided.toEpochDay();
        t.card = daysSince > 40 ? "ISSUED" : random.nextDouble() < 0.3 ? "NEEDS_PHOTO_AND_FINGERPRINTS" : "ORDERED";
        LocalDate letter = decided.plusDays(1 + random.nextInt(5));
        t.letterSentOn = letter.isAfter(today) ? null : letter;
        t.post = random.nextDouble() < 0.92;
        // renewed a year at a time, about three weeks before the permit ends; a few are not renewed
        boolean keepsRenewing = random.nextDouble() < 0.97;
        while (keepsRenewing) {
            Permit last = t.permits.getLast();
            LocalDate renewedOn = last.to().minusDays(10 + random.nextInt(30));
            LocalDate from = last.to().plusDays(1);
            if (renewedOn.isAfter(today) || from.isAfter(latest)) {
                break;
            }
            LocalDate to = min(from.plusYears(1).minusDays(1), latest);
            t.permits.add(new Permit(from, to, true, renewedOn));
        }
    }

    private Timeline withdrawn(Timeline t, LocalDate on) {
        String from = t.steps.getLast().to();
        step(t, from, "WITHDRAWN", on, "Søknaden trukket", null, null);
        return t;
    }

    /** Adds the step if it has happened by today. */
    private boolean step(Timeline t, String from, String to, LocalDate on, String reason, @Nullable LocalDate interviewOn,
                         @Nullable String track) {
        if (on.isAfter(today)) {
            return false;
        }
        t.steps.add(new Step("STATE_CHANGED", from, to, on, reason, interviewOn, track));
        return true;
    }

    /** Writes the person's case, its history (in order) and its permits. */
    void write(Output out, long personId, Timeline t) {
        long id = caseId++;
        Step last = t.steps.getLast();
        String state = last.to();
        boolean granted = state.equals("GRANTED");
        LocalDate interviewOn = t.steps.stream().filter(s -> s.interviewOn() != null).map(Step::interviewOn)
                .reduce((a, b) -> b).orElse(null);
        String track = t.steps.stream().filter(s -> s.track() != null).map(Step::track).reduce((a, b) -> b).orElse(null);
        LocalDate lastChange = granted && t.permits.size() > 1 ? t.permits.getLast().decidedOn() : last.on();
        DemoPopulation.write(out.cases(), id, personId, state, t.steps.getFirst().on(), lastChange, interviewOn, track,
                granted ? t.permits.getFirst().from() : null, granted ? t.permits.getLast().to() : null,
                granted ? t.card : null, granted ? t.letterSentOn : null, granted ? t.post : null);
        for (Step s : t.steps) {
            boolean grant = s.to().equals("GRANTED");
            DemoPopulation.write(out.events(), id, s.kind(), s.from(), s.to(), s.on(), s.on() + "T10:00:00Z", BY, s.reason(),
                    s.interviewOn(), s.track(), grant ? t.permits.getFirst().from() : null,
                    grant ? t.permits.getFirst().to() : null, grant ? t.card : null, null, null);
        }
        if (granted) {
            for (Permit p : t.permits) {
                DemoPopulation.write(out.permits(), id, p.from(), p.to(), p.renewal());
                if (p.renewal()) {
                    DemoPopulation.write(out.events(), id, "PERMIT_RENEWED", null, null, p.decidedOn(), p.decidedOn() + "T10:00:00Z",
                            BY, "Fornyet av UDI", null, null, p.from(), p.to(), null, null, null);
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
