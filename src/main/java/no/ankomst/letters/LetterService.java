package no.ankomst.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.letters.LetterRecords.BatchRequest;
import no.ankomst.letters.LetterRecords.LetterFile;
import no.ankomst.letters.LetterRecords.LetterOptions;
import no.ankomst.letters.LetterRepository.Addressee;
import no.ankomst.letters.LetterSources.Item;
import no.ankomst.residents.ResidentAccess;
import no.ankomst.security.Capability;
import no.ankomst.security.CurrentUser;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces letters to residents ({@link Capability#WRITE_LETTERS} and each letter's own capability): one person's
 * letter, or one PDF for a batch (a site's TB notices for some days, a site's school letters, a municipality's
 * programme offers). Each letter's facts are read through its feature with that feature's scope; a person or site
 * out of reach is refused and audited ({@code LETTER_REFUSED}, kept even though the call fails), each produced letter
 * is audited ({@code LETTER_PRODUCED}). The language: as asked, else the person's chosen one, else their first
 * recorded language the letters are written in, else the configured default.
 */
@Service
public class LetterService {

    /** The most letters in one batch (a site's whole month of TB notices fits many times over). */
    public static final int MAX_BATCH = 5000;
    static final int MAX_BATCH_DAYS = 92;
    private static final String PERSON = "person";

    private final LetterSources sources;
    private final LetterRepository repository;
    private final LetterRenderer renderer;
    private final LetterSettings settings;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    LetterService(LetterSources sources, LetterRepository repository, LetterRenderer renderer, LetterSettings settings,
                  ResidentAccess access, Permissions permissions, CurrentUser currentUser, AuditService audit,
                  Clock clock) {
        this.sources = sources;
        this.repository = repository;
        this.renderer = renderer;
        this.settings = settings;
        this.access = access;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the letter page offers for a person. Refused (and audited) when the caller reaches the person through
     * none of the letters their role may make. Not one transaction: each letter's feature reads in its own, so one
     * that refuses does not spoil the others' reads.
     */
    public LetterOptions options(long personId) {
        permissions.require(Capability.WRITE_LETTERS);
        List<LetterKind> applies = new ArrayList<>();
        boolean reached = false;
        for (LetterKind kind : LetterKind.values()) {
            if (!permissions.may(kind.capability())) {
                continue;
            }
            try {
                if (sources.facts(kind, personId).isPresent()) {
                    applies.add(kind);
                }
                reached = true;
            } catch (AccessDeniedException | ValidationException notThisOne) {
                // this letter's feature does not reach the person for this user; another letter's may
            }
        }
        Optional<Addressee> addressee = Optional.ofNullable(repository.addressees(List.of(personId)).get(personId));
        if (!reached || addressee.isEmpty()) {
            throw refuse(PERSON, personId, "letter page");
        }
        Addressee person = addressee.get();
        return new LetterOptions(personId, person.name(), person.nameCyrillic(), List.copyOf(applies),
                languageOf(person), person.languages(), access.mayChange(Capability.WRITE_LETTERS, personId));
    }

    /**
     * One person's letter as a PDF, in {@code language} or, when null, the person's own. Refused (and audited) out
     * of reach; a letter that does not apply (nothing booked, no accepted proposal, no right to offer) is a
     * {@link ValidationException} on {@code kind}.
     */
    @Transactional
    public LetterFile letter(long personId, @Nullable LetterKind kind, @Nullable LetterLanguage language) {
        permissions.require(Capability.WRITE_LETTERS);
        if (kind == null) {
            throw ValidationException.of("kind", "validation.required");
        }
        if (!permissions.may(kind.capability())) {
            throw refuse(PERSON, personId, kind.name());
        }
        Optional<List<Letter.Fact>> facts;
        try {
            facts = sources.facts(kind, personId);
        } catch (AccessDeniedException refused) {
            throw refuse(PERSON, personId, kind.name());
        }
        if (facts.isEmpty()) {
            throw ValidationException.of("kind", "validation.letters.notApplicable");
        }
        Addressee person = Optional.ofNullable(repository.addressees(List.of(personId)).get(personId))
                .orElseThrow(() -> refuse(PERSON, personId, kind.name()));
        Letter letter = letter(person, kind, language, facts.get());
        LetterRenderer.Rendered rendered = renderer.pdf(List.of(letter));
        audit.record(AuditAction.LETTER_PRODUCED, PERSON, personId, kind + " " + letter.language().code());
        return new LetterFile(fileName(kind, String.valueOf(personId)), rendered.pdf(), 1, rendered.pages());
    }

    /**
     * One PDF with the letters of a batch, each in its person's language unless the request names one: a site's TB
     * notices for the days {@code from} to {@code to} (at most 92 days), a site's school letters, or the programme
     * offers not made yet (the coordinator's municipality). A site outside the caller's is refused and audited; no
     * one to write to, or more than {@link #MAX_BATCH}, is a {@link ValidationException}.
     */
    @Transactional
    public LetterFile batch(BatchRequest request, IntConsumer progress) {
        permissions.require(Capability.WRITE_LETTERS);
        LetterKind kind = checked(request);
        if (!permissions.may(kind.capability())) {
            throw refuse("site", request.siteId() == null ? "none" : request.siteId(), kind.name() + " batch");
        }
        progress.accept(5);
        List<Item> items;
        try {
            items = switch (kind) {
                case TB_APPOINTMENT -> sources.appointments(request.siteId(), request.from(), request.to(),
                        MAX_BATCH + 1);
                case SCHOOL -> sources.schoolChildren(request.siteId(), MAX_BATCH + 1);
                case INTRODUCTION -> sources.notOffered(MAX_BATCH + 1);
                case SETTLEMENT -> sources.moving(request.from(), request.to(), MAX_BATCH + 1);
            };
        } catch (AccessDeniedException refused) {
            throw refuse("site", request.siteId() == null ? "none" : request.siteId(), kind.name() + " batch");
        }
        if (items.isEmpty()) {
            throw ValidationException.of("kind", "validation.letters.nobody");
        }
        if (items.size() > MAX_BATCH) {
            throw ValidationException.of("kind", "validation.letters.tooMany", MAX_BATCH);
        }
        progress.accept(20);
        Map<Long, Addressee> addressees = repository.addressees(items.stream().map(Item::personId).toList());
        List<Letter> letters = new ArrayList<>(items.size());
        for (Item item : items) {
            Addressee person = addressees.get(item.personId());
            if (person != null) {
                letters.add(letter(person, kind, request.language(), item.facts()));
            }
        }
        progress.accept(40);
        LetterRenderer.Rendered rendered = renderer.pdf(letters);
        progress.accept(90);
        String described = kind + " batch of " + letters.size()
                + (request.siteId() == null ? "" : " for site " + request.siteId());
        for (Letter letter : letters) {
            audit.record(AuditAction.LETTER_PRODUCED, PERSON, letter.personId(),
                    described + " " + letter.language().code());
        }
        progress.accept(100);
        String scope = request.siteId() == null ? "all" : "site-" + request.siteId();
        return new LetterFile(fileName(kind, scope), rendered.pdf(), letters.size(), rendered.pages());
    }

    /** Stores the language of the person's letters (staff of the person's site); only uk, ru, en or nb. */
    @Transactional
    public void chooseLanguage(long personId, @Nullable String code) {
        access.requireChangeable(Capability.WRITE_LETTERS, personId);
        LetterLanguage language = LetterLanguage.parse(code);
        repository.choose(personId, language, currentUser.actorName(), clock.instant());
        audit.record(AuditAction.LETTER_LANGUAGE_CHANGED, PERSON, personId, "letters in " + language.code());
    }

    /** The letters the caller may print in a batch. */
    public List<LetterKind> batchKinds() {
        if (!permissions.may(Capability.WRITE_LETTERS)) {
            return List.of();
        }
        return java.util.Arrays.stream(LetterKind.values())
                .filter(kind -> kind.batch() && permissions.may(kind.capability())).toList();
    }

    private LetterKind checked(BatchRequest request) {
        Violations violations = new Violations();
        LetterKind kind = request.kind();
        violations.check(kind != null, "kind", "validation.required");
        if (kind == LetterKind.TB_APPOINTMENT || kind == LetterKind.SCHOOL) {
            violations.check(request.siteId() != null, "site", "validation.required");
        }
        if (kind == LetterKind.TB_APPOINTMENT || kind == LetterKind.SETTLEMENT) {
            violations.check(request.from() != null, "from", "validation.required");
            violations.check(request.to() != null, "to", "validation.required");
            if (request.from() != null && request.to() != null) {
                violations.check(!request.to().isBefore(request.from()), "to", "validation.letters.endBeforeStart");
                violations.check(ChronoUnit.DAYS.between(request.from(), request.to()) < MAX_BATCH_DAYS, "to",
                        "validation.letters.tooManyDays", MAX_BATCH_DAYS);
            }
        }
        violations.throwIfAny();
        return java.util.Objects.requireNonNull(kind);
    }

    private Letter letter(Addressee person, LetterKind kind, @Nullable LetterLanguage asked, List<Letter.Fact> facts) {
        LetterLanguage language = asked != null ? asked : languageOf(person);
        return new Letter(person.personId(), kind, language, person.name(), person.nameCyrillic(),
                LocalDate.now(clock), facts);
    }

    private LetterLanguage languageOf(Addressee person) {
        return LetterLanguage.choose(person.chosen(), person.languages(), settings.fallback());
    }

    /** Audits a refusal in a transaction of its own (it stays when the call fails) and gives what to throw. */
    private AccessDeniedException refuse(String entity, Object id, String what) {
        audit.recordRead(AuditAction.LETTER_REFUSED, entity, id, what);
        return new AccessDeniedException(entity + " " + id + " is not reached for letters (" + what + ")");
    }

    private static String fileName(LetterKind kind, String who) {
        return "letter-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + who + ".pdf";
    }
}
