package no.ankomst.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.ankomst.health.TbBookingRecords.Appointment;
import no.ankomst.health.TbBookingService;
import no.ankomst.introduction.IntroductionRecords.ParticipantFilter;
import no.ankomst.introduction.IntroductionRecords.ParticipantRow;
import no.ankomst.introduction.IntroductionRecords.RightRow;
import no.ankomst.introduction.IntroductionService;
import no.ankomst.introduction.ParticipantsService;
import no.ankomst.introduction.ParticipationState;
import no.ankomst.letters.Letter.Fact;
import no.ankomst.letters.Letter.Key;
import no.ankomst.reference.Municipality;
import no.ankomst.reference.MunicipalityService;
import no.ankomst.schooling.ChildrenService;
import no.ankomst.schooling.EnrolmentState;
import no.ankomst.schooling.EnrolmentService;
import no.ankomst.schooling.SchoolingRecords.ChildFilter;
import no.ankomst.schooling.SchoolingRecords.ChildRow;
import no.ankomst.schooling.SchoolingRecords.EnrolmentRow;
import no.ankomst.schooling.SchoolingRecords.SchoolingPanel;
import no.ankomst.schooling.SchoolingStatus;
import no.ankomst.settlement.HandoverService;
import no.ankomst.settlement.ProposalRecords.AcceptedSettlement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The facts of each letter, read through the feature the letter belongs to and with that feature's scope: the TB
 * appointment through health's booking (the person staying at one of the caller's sites; the appointment only, never
 * a result), the school letter through schooling, the settlement notice through settlement's accepted proposal, the
 * programme offer through the introduction right. A person out of the caller's reach ends in the feature's
 * {@link AccessDeniedException}; a letter that does not apply (nothing booked, no accepted proposal) in an empty answer.
 */
@Component
class LetterSources {

    /** A child who gets the school letter: of school age and not at school yet. */
    private static final Set<SchoolingStatus> NEEDS_LETTER = EnumSet.of(SchoolingStatus.NEEDS_SCHOOL,
            SchoolingStatus.SOON_LATE, SchoolingStatus.LATE, SchoolingStatus.ENROLLED);
    private static final int PAGE = 500;

    private final TbBookingService bookings;
    private final EnrolmentService enrolments;
    private final ChildrenService children;
    private final HandoverService handovers;
    private final IntroductionService introduction;
    private final ParticipantsService participants;
    private final MunicipalityService municipalities;
    private final LetterSettings settings;

    LetterSources(TbBookingService bookings, EnrolmentService enrolments, ChildrenService children,
                  HandoverService handovers, IntroductionService introduction, ParticipantsService participants,
                  MunicipalityService municipalities, LetterSettings settings) {
        this.bookings = bookings;
        this.enrolments = enrolments;
        this.children = children;
        this.handovers = handovers;
        this.introduction = introduction;
        this.participants = participants;
        this.municipalities = municipalities;
        this.settings = settings;
    }

    /** One person's letter and its facts. */
    record Item(long personId, List<Fact> facts) {
    }

    /** The facts of one person's letter; empty when it does not apply; refused out of reach. */
    Optional<List<Fact>> facts(LetterKind kind, long personId) {
        return switch (kind) {
            case TB_APPOINTMENT -> bookings.openAppointment(personId).map(this::appointment);
            case SCHOOL -> school(enrolments.panel(personId));
            case SETTLEMENT -> handovers.acceptedSettlement(personId).map(LetterSources::settlement);
            case INTRODUCTION -> introduction(introduction.panel(personId).right());
        };
    }

    /** The TB notices of a site's appointments from {@code from} to {@code to}; at most {@code limit}. */
    List<Item> appointments(long siteId, LocalDate from, LocalDate to, int limit) {
        return bookings.bookedAtSite(siteId, from, to, limit).stream()
                .map(a -> new Item(a.personId(), appointment(a))).toList();
    }

    /** The settlement notices of everyone the caller reaches who moves from {@code from} to {@code to}. */
    List<Item> moving(LocalDate from, LocalDate to, int limit) {
        return handovers.moving(from, to, limit).stream().map(s -> new Item(s.personId(), settlement(s))).toList();
    }

    private static List<Fact> settlement(AcceptedSettlement settlement) {
        return List.of(new Fact("letter.fact.municipality", settlement.municipalityName()),
                new Fact("letter.fact.settlementDate", settlement.settlementDate()));
    }

    /** The school letters of the children staying at a site who are of school age and not at school yet. */
    List<Item> schoolChildren(long siteId, int limit) {
        ChildFilter filter = new ChildFilter(siteId, null, false, null, null);
        return pages((offset, size) -> children.page(filter, offset, size), limit,
                (ChildRow c) -> NEEDS_LETTER.contains(c.status()),
                c -> new Item(c.personId(), school(c.birthDate(), c.enrolment() == EnrolmentState.ENDED
                        ? null : c.schoolName(), c.startBy())));
    }

    /** The programme offers of the rights not offered yet, in the caller's municipality (all for managers). */
    List<Item> notOffered(int limit) {
        ParticipantFilter filter = new ParticipantFilter(ParticipationState.NOT_OFFERED, null);
        Map<String, String> names = municipalityNames();
        return pages((offset, size) -> participants.page(filter, offset, size), limit, (ParticipantRow p) -> true,
                p -> new Item(p.personId(), introduction(names.getOrDefault(p.municipalityCode(), p.municipalityCode()),
                        p.startBy(), p.aroseOn())));
    }

    private List<Fact> appointment(Appointment a) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("letter.fact.day", a.day()));
        facts.add(new Fact("letter.fact.time", settings.tbHours()));
        facts.add(new Fact("letter.fact.clinic", a.clinicName()));
        if (a.location() != null && !a.location().isBlank()) {
            facts.add(new Fact("letter.fact.place", a.location()));
        }
        facts.add(new Fact("letter.fact.test", new Key("letter.test." + a.test().name())));
        return facts;
    }

    private static Optional<List<Fact>> school(SchoolingPanel panel) {
        if (!panel.schoolAge() || panel.status() == SchoolingStatus.STARTED) {
            return Optional.empty();
        }
        String school = panel.enrolments().stream().filter(e -> e.state() != EnrolmentState.ENDED)
                .map(EnrolmentRow::schoolName).findFirst().orElse(null);
        return Optional.of(school(panel.birthDate(), school, panel.startBy()));
    }

    private static List<Fact> school(LocalDate birthDate, @Nullable String school, @Nullable LocalDate startBy) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("letter.fact.birthDate", birthDate));
        facts.add(new Fact("letter.fact.school", school == null ? new Key("letter.school.notEnrolled") : school));
        if (startBy != null) {
            facts.add(new Fact("letter.fact.startBy", startBy));
        }
        return facts;
    }

    private Optional<List<Fact>> introduction(RightRow right) {
        if (right.state() == ParticipationState.COMPLETED || right.state() == ParticipationState.DECLINED) {
            return Optional.empty();
        }
        String name = municipalityNames().getOrDefault(right.municipalityCode(), right.municipalityCode());
        return Optional.of(introduction(name, right.startBy(), right.aroseOn()));
    }

    private static List<Fact> introduction(String municipality, LocalDate startBy, LocalDate aroseOn) {
        return List.of(new Fact("letter.fact.municipality", municipality),
                new Fact("letter.fact.programmeStartBy", startBy), new Fact("letter.fact.rightSince", aroseOn));
    }

    private Map<String, String> municipalityNames() {
        return municipalities.all().stream().collect(Collectors.toMap(Municipality::code, Municipality::name));
    }

    /** Reads a paged list to its end (or {@code limit} kept rows), keeping the rows that get a letter. */
    private static <R> List<Item> pages(BiFunction<Integer, Integer, List<R>> page, int limit, Predicate<R> keep,
                                        java.util.function.Function<R, Item> item) {
        List<Item> items = new ArrayList<>();
        for (int offset = 0; items.size() < limit; offset += PAGE) {
            List<R> rows = page.apply(offset, PAGE);
            for (R row : rows) {
                if (keep.test(row) && items.size() < limit) {
                    items.add(item.apply(row));
                }
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        return items;
    }
}
