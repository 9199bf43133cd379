package no.ankomst.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import no.ankomst.demo.UkrainianNames.FamilyName;
import no.ankomst.demo.UkrainianNames.Name;
import no.ankomst.residents.IdentityNumbers;
import no.ankomst.residents.NameSearch;
import org.jspecify.annotations.Nullable;

/**
 * Generates households of people from Ukraine as CSV rows for PostgreSQL's COPY: a believable age
 * pyramid (many women and children, fewer men of fighting age, some grandparents), single adults and
 * large families, and two stays each (arrival centre, then a reception centre: current or ended).
 * Deterministic for a given seed. Ids are assigned here so rows can refer to each other; document and
 * card numbers derive from the person id, so repeated runs never collide.
 */
final class DemoPopulation {

    static final LocalDate FIRST_ARRIVAL = LocalDate.of(2022, 3, 1);

    record Output(Writer households, Writer persons, Writer documents, Writer registrations, Writer stays,
                  DemoCases.Output cases) {
    }

    record Ids(long household, long person, long stay, long protectionCase) {
    }

    private final RandomGenerator random;
    private final LocalDate today;
    private final List<SiteBeds> arrivalCentres = new ArrayList<>();
    private final List<SiteBeds> centres = new ArrayList<>();
    private final Map<LocalDate, Integer> individualNumbers = new HashMap<>();
    private final Map<String, String> searchTexts = new HashMap<>();
    private final java.util.Set<String> issued = new java.util.HashSet<>();
    private final DemoCases cases;
    private long householdId;
    private long personId;
    private long stayId;

    DemoPopulation(RandomGenerator random, LocalDate today, List<SiteBeds> sites, Ids next,
                   java.util.Set<String> identityNumbersInUse, int maxPermitYears) {
        this.random = random;
        this.today = today;
        sites.forEach(site -> (site.arrivalCentre ? arrivalCentres : centres).add(site));
        if (centres.isEmpty()) {
            centres.addAll(arrivalCentres);
        }
        this.householdId = next.household();
        this.personId = next.person();
        this.stayId = next.stay();
        this.issued.addAll(identityNumbersInUse);
        this.cases = new DemoCases(random, today, maxPermitYears, next.protectionCase());
    }

    /** Writes households until at least {@code people} persons exist; returns how many were written. */
    int generate(int people, Output out) {
        int written = 0;
        while (written < people) {
            written += household(out);
        }
        return written;
    }

    private int household(Output out) {
        long household = householdId++;
        LocalDate arrival = arrivalDate();
        // most have moved on: about one in eight of everyone who came is still in reception
        boolean current = random.nextDouble() < (arrival.isAfter(today.minusYears(2)) ? 0.25 : 0.05);
        SiteBeds centre = centres.get(random.nextInt(centres.size()));
        List<Member> members = members(random.nextDouble());
        FamilyName family = UkrainianNames.family(random);
        write(out.households(), household, random.nextDouble() < 0.05 ? "Storgata " + (1 + random.nextInt(120)) : null);
        // one protection case each, on the household's shared timeline (police registration = arrival)
        DemoCases.Timeline timeline = cases.timeline(arrival);
        for (Member member : members) {
            long person = personId++;
            person(out, person, household, member, family, arrival);
            stays(out.stays(), person, arrival, current, centre);
            cases.write(out.cases(), person, timeline);
        }
        return members.size();
    }

    private record Member(String relation, boolean female, int age) {
    }

    private List<Member> members(double roll) {
        List<Member> members = new ArrayList<>();
        boolean womanHead = random.nextDouble() < 0.75;
        if (roll < 0.30) {
            members.add(new Member("HEAD", random.nextDouble() < 0.55, 18 + random.nextInt(58)));
            return members;
        }
        members.add(new Member("HEAD", womanHead, 24 + random.nextInt(36)));
        int size = roll < 0.55 ? 2 : roll < 0.77 ? 3 : roll < 0.90 ? 4 : roll < 0.96 ? 5 : 6 + random.nextInt(3);
        if (random.nextDouble() < 0.35) {
            members.add(new Member(random.nextDouble() < 0.8 ? "SPOUSE" : "COHABITANT", !womanHead,
                    24 + random.nextInt(40)));
        }
        if (size >= 3 && random.nextDouble() < 0.15) {
            members.add(new Member("GRANDPARENT", random.nextDouble() < 0.7, 62 + random.nextInt(24)));
        }
        while (members.size() < size) {
            members.add(new Member("CHILD", random.nextBoolean(), random.nextInt(18)));
        }
        return members;
    }

    private void person(Output out, long id, long household, Member member, FamilyName family, LocalDate arrival) {
        Name surname = family.forSex(member.female());
        Name given = UkrainianNames.given(random, member.female());
        LocalDate birth = arrival.minusYears(member.age()).minusDays(random.nextInt(365));
        if (birth.isAfter(arrival)) {
            birth = arrival;
        }
        String identity = random.nextDouble() < 0.7 ? dNumber(birth) : null;
        String needs = member.age() < 18 && member.relation().equals("HEAD") ? "{UNACCOMPANIED_MINOR}"
                : random.nextDouble() < 0.04 ? "{DISABILITY}" : random.nextDouble() < 0.03 ? "{MEDICAL}"
                : member.female() && member.age() > 20 && member.age() < 40 && random.nextDouble() < 0.03
                ? "{PREGNANCY}" : "{}";
        String search = searchTexts.computeIfAbsent(surname.latin() + "|" + given.latin(), key ->
                NameSearch.searchText(surname.latin(), given.latin(), surname.cyrillic(), given.cyrillic()));
        write(out.persons(), id, surname.latin(), given.latin(), surname.cyrillic(), given.cyrillic(), birth,
                member.female() ? "FEMALE" : "MALE", "{UA}", random.nextDouble() < 0.3 ? "{uk,ru}" : "{uk}",
                random.nextDouble() < 0.6 ? "+47 4" + (1000000 + random.nextInt(8999999)) : null, needs, arrival,
                identity, household, member.relation(), member.relation().equals("HEAD") ? null : "true", search);
        if (random.nextDouble() < 0.85) {
            boolean child = member.age() < 14;
            write(out.documents(), id, child ? "BIRTH_CERTIFICATE" : "PASSPORT",
                    (child ? "BC" : "FA") + (1_000_000 + id), "UA",
                    child ? null : arrival.plusYears(1 + random.nextInt(8)));
        }
        write(out.registrations(), id, arrival, random.nextDouble() < 0.6 ? "Øst politidistrikt" : "Oslo politidistrikt",
                "true", "true", member.age() >= 6 ? "true" : "false", "AS" + (100_000 + id), "true");
    }

    private void stays(Writer stays, long person, LocalDate arrival, boolean current, SiteBeds centre) {
        SiteBeds first = arrivalCentres.isEmpty() ? centre : arrivalCentres.get(random.nextInt(arrivalCentres.size()));
        LocalDate moved = arrival.plusDays(3 + random.nextInt(19));
        if (moved.isAfter(today)) {
            // still at the arrival centre
            write(stays, stayId++, person, first.siteId, first.takeBed(), arrival, null, null);
            return;
        }
        write(stays, stayId++, person, first.siteId, null, arrival, moved, "TRANSFERRED");
        if (current) {
            write(stays, stayId++, person, centre.siteId, centre.takeBed(), moved, null, null);
        } else {
            long days = Math.max(1, ChronoUnit.DAYS.between(moved, today));
            LocalDate left = moved.plusDays(1 + random.nextLong(days));
            double roll = random.nextDouble();
            String reason = roll < 0.7 ? "SETTLED" : roll < 0.85 ? "PRIVATE_HOUSING" : roll < 0.97 ? "LEFT" : "OTHER";
            write(stays, stayId++, person, centre.siteId, null, moved, left, reason);
        }
    }

    private LocalDate arrivalDate() {
        // a wave in spring 2022, then a steady stream; a few arrived this week
        if (random.nextDouble() < 0.02) {
            return today.minusDays(random.nextInt(7));
        }
        long span = ChronoUnit.DAYS.between(FIRST_ARRIVAL, today);
        double skew = Math.pow(random.nextDouble(), 1.6);
        return FIRST_ARRIVAL.plusDays((long) (skew * span));
    }

    private @Nullable String dNumber(LocalDate birth) {
        int next = individualNumbers.merge(birth, 1, Integer::sum);
        int base = birth.getYear() >= 2000 ? 500 : 0;
        if (next > 240) {
            return null;
        }
        try {
            String number = IdentityNumbers.dNumber(birth, base + next * 2).value();
            // the generator may step past an unusable individual number; never issue one twice
            return issued.add(number) ? number : null;
        } catch (IllegalArgumentException exhausted) {
            return null;
        }
    }

    /** One CSV line; null becomes an empty unquoted field (NULL for COPY), text is quoted. */
    static void write(Writer out, Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                line.append(value);
            }
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
