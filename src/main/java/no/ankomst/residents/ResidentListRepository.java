package no.ankomst.residents;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.ankomst.base.database.SortAndSeek;
import no.ankomst.db.tables.Person;
import no.ankomst.residents.ResidentRecords.DuplicateCandidate;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The residents list (filtered, paged), the one search box, and the duplicate check while registering. */
@Repository
class ResidentListRepository {

    /** word_similarity from which a name counts as "similar" for search and duplicates. */
    static final double NAME_SIMILARITY = 0.45;
    /** How many nearest names a name search considers at most. */
    static final int NAME_MATCHES = 200;
    /** The plain list's order: by name, case-insensitively; the id breaks ties. */
    /** Rows per round trip when a whole list is streamed. */
    private static final int STREAM_FETCH_SIZE = 2000;
    private static final SortAndSeek BY_NAME = SortAndSeek.ascending(PERSON.ID, lower(PERSON.FAMILY_NAME),
            lower(PERSON.GIVEN_NAMES));

    private final DSLContext db;
    private final ResidentScopeConditions scopes;

    ResidentListRepository(DSLContext db, ResidentScopeConditions scopes) {
        this.db = db;
        this.scopes = scopes;
    }

    /**
     * One page. The plain list is alphabetical and read by {@link SortAndSeek}: seeking on from the page
     * before, or from the other end past the middle, so the last page costs what the first does (no deep
     * OFFSET scan); a name search lists the best matches first.
     */
    List<ResidentRow> page(Scope scope, ResidentFilter filter, LocalDate today, int offset, int limit, int total,
                           @Nullable Long afterId) {
        boolean byName = !filter.text().isBlank() && isName(filter.text());
        SortAndSeek.Slice slice = byName ? ranked(filter.text()).slice(offset, limit, 0, null)
                : BY_NAME.slice(offset, limit, total,
                        afterId == null ? null : BY_NAME.after(PERSON, PERSON.ID.eq(afterId)));
        if (slice.empty()) {
            return List.of();
        }
        prepareNameSearch(filter.text());
        return slice.inListOrder(db.select(rowFields())
                .from(PERSON)
                .leftJoin(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull()))
                .leftJoin(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(matching(scope, filter, today))
                .and(slice.condition())
                .orderBy(slice.orderBy())
                .offset(slice.offset())
                .limit(slice.limit())
                .fetch(ResidentListRepository::toRow));
    }

    /**
     * Every person the filter matches, alphabetically, read from a server-side cursor as the caller pulls them (the
     * driver fetches two thousand rows at a time inside the caller's transaction), never the whole list at once.
     */
    Stream<ResidentRow> stream(Scope scope, ResidentFilter filter, LocalDate today) {
        prepareNameSearch(filter.text());
        // household sizes counted once for everyone (one hash join), not by one lookup per person as a page does
        Person member = PERSON.as("member");
        var sizes = db.select(member.HOUSEHOLD_ID, DSL.count().as("household_size")).from(member)
                .where(member.MERGED_INTO.isNull()).groupBy(member.HOUSEHOLD_ID).asTable("sizes");
        return db.select(rowFields(sizes.field("household_size", Integer.class)))
                .from(PERSON)
                .leftJoin(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull()))
                .leftJoin(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .leftJoin(sizes).on(sizes.field(member.HOUSEHOLD_ID).eq(PERSON.HOUSEHOLD_ID))
                .where(matching(scope, filter, today))
                .orderBy(BY_NAME.orderBy())
                .fetchSize(STREAM_FETCH_SIZE)
                .fetchStream()
                .map(ResidentListRepository::toRow);
    }

    int count(Scope scope, ResidentFilter filter, LocalDate today) {
        // the open stay is joined only when a filter needs it; counting people alone is an index-only scan
        boolean needsStay = filter.siteId() != null || filter.currentOnly();
        prepareNameSearch(filter.text());
        return db.selectCount().from(PERSON)
                .leftJoin(STAY).on(needsStay ? STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull())
                        : falseCondition())
                .where(matching(scope, filter, today))
                .fetchSingle().value1();
    }

    /** The one search box: exact identity, card or document number, else names ranked by similarity. */
    List<ResidentRow> search(Scope scope, String text, int limit) {
        boolean byName = isName(text);
        prepareNameSearch(text);
        return db.select(rowFields())
                .from(PERSON)
                .leftJoin(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull()))
                .leftJoin(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(PERSON.MERGED_INTO.isNull().and(scopes.visibleTo(scope, PERSON.ID)).and(textMatch(scope, text, limit)))
                .orderBy((byName ? ranked(text) : SortAndSeek.ascending(PERSON.ID)).orderBy())
                .limit(limit)
                .fetch(ResidentListRepository::toRow);
    }
    /** A duplicate candidate, whether the scope reaches them, and the site where they stay or last stayed. */
    record DuplicateMatch(DuplicateCandidate candidate, boolean inScope, @Nullable String lastSite) {
    }

    List<DuplicateMatch> duplicates(Scope scope, DuplicateProbe probe, @Nullable String identityNumber, int limit) {
        String name = NameSearch.searchText(probe.familyName(), probe.givenNames(), probe.familyNameCyrillic(),
                probe.givenNamesCyrillic());
        String document = probe.documentNumber() == null || probe.documentNumber().isBlank()
                ? null : ResidentRepository.normalizeDocumentNumber(probe.documentNumber());
        // three index lookups (identity number, document number, birth date) instead of one scan
        var ids = select(PERSON.ID).from(PERSON).where(identityNumber == null ? falseCondition()
                        : PERSON.IDENTITY_NUMBER.eq(identityNumber))
                .union(select(IDENTITY_DOCUMENT.PERSON_ID).from(IDENTITY_DOCUMENT).where(document == null
                        ? falseCondition() : IDENTITY_DOCUMENT.NUMBER.eq(document)))
                .union(select(PERSON.ID).from(PERSON).where(probe.birthDate() == null || name.isEmpty()
                        ? falseCondition() : PERSON.BIRTH_DATE.eq(probe.birthDate()).and(nameAtLeastSimilar(name))));
        Field<Boolean> sameNumber = identityNumber == null ? inline(false) : field(PERSON.IDENTITY_NUMBER.eq(identityNumber));
        Field<Boolean> sameDocument = document == null ? inline(false) : field(exists(selectOne().from(IDENTITY_DOCUMENT)
                .where(IDENTITY_DOCUMENT.PERSON_ID.eq(PERSON.ID).and(IDENTITY_DOCUMENT.NUMBER.eq(document)))));
        Field<Boolean> similar = probe.birthDate() == null || name.isEmpty() ? inline(false)
                : field(PERSON.BIRTH_DATE.eq(probe.birthDate()).and(nameAtLeastSimilar(name)));
        // (a scope that covers everyone has no condition, which as a field would not read as true)
        Field<Boolean> inScope = scope.coversAllSites() ? inline(true) : field(scopes.visibleTo(scope, PERSON.ID));
        Field<String> lastSite = select(SITE.NAME).from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .where(STAY.PERSON_ID.eq(PERSON.ID))
                .orderBy(STAY.CHECKED_OUT_ON.desc().nullsFirst(), STAY.CHECKED_IN_ON.desc()).limit(1).asField();
        return db.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME_CYRILLIC,
                        PERSON.GIVEN_NAMES_CYRILLIC, PERSON.BIRTH_DATE, PERSON.IDENTITY_NUMBER, sameNumber,
                        sameDocument, similar, inScope, lastSite)
                .from(PERSON)
                .where(PERSON.MERGED_INTO.isNull())
                .and(PERSON.ID.in(ids))
                .limit(limit)
                .fetch(r -> {
                    List<String> reasons = new ArrayList<>();
                    if (Boolean.TRUE.equals(r.value8())) {
                        reasons.add("duplicates.reason.identityNumber");
                    }
                    if (Boolean.TRUE.equals(r.value9())) {
                        reasons.add("duplicates.reason.document");
                    }
                    if (Boolean.TRUE.equals(r.value10())) {
                        reasons.add("duplicates.reason.nameAndBirthDate");
                    }
                    String cyrillic = r.value4() == null ? null
                            : (r.value4() + " " + (r.value5() == null ? "" : r.value5())).strip();
                    return new DuplicateMatch(new DuplicateCandidate(r.value1(), r.value2(), r.value3(), cyrillic,
                            r.value6(), r.value7(), reasons), Boolean.TRUE.equals(r.value11()), r.value12());
                });
    }

    private Condition matching(Scope scope, ResidentFilter filter, LocalDate today) {
        Condition condition = PERSON.MERGED_INTO.isNull().and(scopes.visibleTo(scope, PERSON.ID));
        if (!filter.text().isBlank()) {
            condition = condition.and(textMatch(scope, filter.text(), NAME_MATCHES));
        }
        if (filter.siteId() != null) {
            condition = condition.and(STAY.SITE_ID.eq(filter.siteId()));
        }
        if (filter.currentOnly()) {
            condition = condition.and(STAY.ID.isNotNull());
        }
        AgeGroup ageGroup = filter.ageGroup();
        if (ageGroup != null) {
            condition = condition.and(PERSON.BIRTH_DATE.between(ageGroup.bornOnOrAfter(today),
                    ageGroup.bornOnOrBefore(today)));
        }
        if (filter.need() != null) {
            condition = condition.and(PERSON.NEEDS.contains(new String[] {filter.need().name()}));
        }
        if (filter.arrivedWithinDays() != null) {
            condition = condition.and(PERSON.ARRIVAL_DATE.ge(today.minusDays(filter.arrivedWithinDays())));
        }
        return condition;
    }

    /**
     * Text with a digit is a number (identity, card or document: those always have digits, names
     * never do); anything else is a name. Keeping the two apart lets each use its own index.
     */
    static boolean isName(String text) {
        return text.chars().noneMatch(Character::isDigit);
    }

    /** {@code nearest}: how many nearest names to consider (the search box needs only as many as it shows). */
    private Condition textMatch(Scope scope, String text, int nearest) {
        return isName(text) ? bestNameMatches(scope, NameSearch.normalize(text), nearest) : byNumber(text);
    }

    /** Identity number, asylum-seeker card number or document number, exactly: three index lookups. */
    private static Condition byNumber(String text) {
        String digitsOrCode = ResidentRepository.normalizeDocumentNumber(text);
        Person duplicate = PERSON.as("duplicate");
        return PERSON.ID.in(select(PERSON.ID).from(PERSON).where(PERSON.IDENTITY_NUMBER.eq(digitsOrCode))
                .union(select(duplicate.MERGED_INTO).from(duplicate).where(duplicate.IDENTITY_NUMBER.eq(digitsOrCode)
                        .and(duplicate.MERGED_INTO.isNotNull())))
                .union(select(POLICE_REGISTRATION.PERSON_ID).from(POLICE_REGISTRATION)
                        .where(POLICE_REGISTRATION.ASYLUM_CARD_NUMBER.eq(digitsOrCode)))
                .union(select(IDENTITY_DOCUMENT.PERSON_ID).from(IDENTITY_DOCUMENT)
                        .where(IDENTITY_DOCUMENT.NUMBER.eq(digitsOrCode))));
    }

    /**
     * The {@code nearest} people (in scope) whose names are nearest the query, found by a nearest-neighbour
     * walk of the GiST trigram index ({@code <<->}, word-similarity distance), and of those only the ones
     * similar enough. A common surname thus never means ranking thousands of rows. The distance is
     * 1 − word_similarity, the ranking the results are sorted by, so the nearest N are exactly the best N:
     * the search box walks only as far as it shows (the walk's cost grows with N), the list up to
     * {@link #NAME_MATCHES}.
     */
    private Condition bestNameMatches(Scope scope, String normalizedQuery, int nearest) {
        Person candidate = PERSON.as("candidate");
        Field<Double> distance = field("{0} <<-> {1}", Double.class, inline(normalizedQuery), candidate.SEARCH_TEXT);
        return PERSON.ID.in(select(candidate.ID).from(candidate)
                        .where(candidate.MERGED_INTO.isNull().and(scopes.visibleTo(scope, candidate.ID))
                                .and(condition("{0} <% {1}", inline(normalizedQuery), candidate.SEARCH_TEXT)))
                        .orderBy(distance).limit(nearest))
                .and(nameAtLeastSimilar(normalizedQuery));
    }

    /**
     * Lets the index walk of a name search skip every name below {@link #NAME_SIMILARITY} ({@code <%} uses
     * this threshold): a name with no close match, a typo, then costs tens of milliseconds instead of a
     * walk far through the index. {@code set local}: for this transaction only, so pooled connections
     * keep the default.
     */
    private void prepareNameSearch(String text) {
        if (!text.isBlank() && isName(text)) {
            db.execute("set local pg_trgm.word_similarity_threshold = " + NAME_SIMILARITY);
        }
    }

    private static Condition nameAtLeastSimilar(String normalizedQuery) {
        return wordSimilarity(normalizedQuery).ge(NAME_SIMILARITY);
    }

    private static Field<Double> wordSimilarity(String normalizedQuery) {
        return field("word_similarity({0}, {1})", Double.class, inline(normalizedQuery), PERSON.SEARCH_TEXT);
    }

    /** A name search's order: the most similar names first. */
    private static SortAndSeek ranked(String text) {
        return SortAndSeek.by(List.of(new SortAndSeek.Key(wordSimilarity(NameSearch.normalize(text)), false)),
                PERSON.ID);
    }

    private static List<Field<?>> rowFields() {
        Person member = PERSON.as("hh");
        return rowFields(selectCount().from(member).where(member.HOUSEHOLD_ID.eq(PERSON.HOUSEHOLD_ID)
                .and(member.MERGED_INTO.isNull())).asField("household_size"));
    }

    private static List<Field<?>> rowFields(Field<Integer> householdSize) {
        return List.of(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME_CYRILLIC,
                PERSON.GIVEN_NAMES_CYRILLIC, PERSON.BIRTH_DATE, PERSON.SEX, PERSON.CITIZENSHIPS, SITE.NAME, UNIT.NAME,
                BED.LABEL, householdSize.as("household_size"), PERSON.NEEDS);
    }

    private static ResidentRow toRow(Record r) {
        return new ResidentRow(r.get(PERSON.ID), r.get(PERSON.FAMILY_NAME), r.get(PERSON.GIVEN_NAMES),
                r.get(PERSON.FAMILY_NAME_CYRILLIC), r.get(PERSON.GIVEN_NAMES_CYRILLIC), r.get(PERSON.BIRTH_DATE),
                Sex.valueOf(r.get(PERSON.SEX)), Arrays.asList(r.get(PERSON.CITIZENSHIPS)), r.get(SITE.NAME),
                r.get(UNIT.NAME), r.get(BED.LABEL), r.get("household_size", Integer.class), Need.fromNames(r.get(PERSON.NEEDS)));
    }
}
