package no.ankomst.residents;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.FORMER_IDENTITY_NUMBER;
import static no.ankomst.db.Tables.HOUSEHOLD;
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
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ankomst.db.tables.Person;
import no.ankomst.db.tables.records.IdentityDocumentRecord;
import no.ankomst.db.tables.records.PersonRecord;
import no.ankomst.db.tables.records.PoliceRegistrationRecord;
import no.ankomst.residents.ResidentRecords.Document;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.DuplicateCandidate;
import no.ankomst.residents.ResidentRecords.DuplicateProbe;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.MergedRecord;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistration;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.ResidentFilter;
import no.ankomst.residents.ResidentRecords.ResidentRow;
import no.ankomst.residents.ResidentRecords.StayLine;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ResidentRepository implements RegistrationValidator.Registry {

    /** word_similarity from which a name counts as "similar" for search and duplicates. */
    static final double NAME_SIMILARITY = 0.45;
    /** How many nearest names a name search considers at most. */
    static final int NAME_MATCHES = 200;

    private final DSLContext db;
    private final ResidentScopeConditions scopes;

    ResidentRepository(DSLContext db, ResidentScopeConditions scopes) {
        this.db = db;
        this.scopes = scopes;
    }

    // ---- writing --------------------------------------------------------------------------------

    long insertHousehold(@Nullable String privateAddress) {
        return db.insertInto(HOUSEHOLD).set(HOUSEHOLD.PRIVATE_ADDRESS, privateAddress)
                .returning(HOUSEHOLD.ID).fetchSingle(HOUSEHOLD.ID);
    }

    long insertPerson(NewResident r, LocalDate birthDate, Sex sex, @Nullable String identityNumber, long householdId,
                      Relation relation) {
        return db.insertInto(PERSON).set(personRecord(r, birthDate, sex, identityNumber, householdId, relation))
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    void insertDocument(long personId, DocumentInput document) {
        db.insertInto(IDENTITY_DOCUMENT).set(documentRecord(personId, document)).execute();
    }

    void insertRegistration(long personId, PoliceRegistrationInput registration) {
        db.insertInto(POLICE_REGISTRATION).set(registrationRecord(personId, registration)).execute();
    }

    /** The row of one person, shared by the registration and the batched import so both store the same. */
    static PersonRecord personRecord(NewResident r, LocalDate birthDate, Sex sex, @Nullable String identityNumber,
                                     long householdId, Relation relation) {
        PersonRecord person = new PersonRecord();
        person.setFamilyName(r.familyName().strip());
        person.setGivenNames(r.givenNames().strip());
        person.setFamilyNameCyrillic(blankToNull(r.familyNameCyrillic()));
        person.setGivenNamesCyrillic(blankToNull(r.givenNamesCyrillic()));
        person.setBirthDate(birthDate);
        person.setSex(sex.name());
        person.setCitizenships(r.citizenships().toArray(String[]::new));
        person.setLanguages(r.languages().toArray(String[]::new));
        person.setPhone(blankToNull(r.phone()));
        person.setNeeds(r.needs().stream().map(Enum::name).sorted().toArray(String[]::new));
        person.setNeedsNote(blankToNull(r.needsNote()));
        person.setArrivalDate(r.arrivalDate());
        person.setIdentityNumber(identityNumber);
        person.setHouseholdId(householdId);
        person.setRelationToHead(relation.name());
        person.setSharedHouseholdBefore_2022(r.sharedHouseholdBefore2022());
        person.setSearchText(NameSearch.searchText(r.familyName(), r.givenNames(), r.familyNameCyrillic(),
                r.givenNamesCyrillic()));
        return person;
    }

    static IdentityDocumentRecord documentRecord(long personId, DocumentInput document) {
        IdentityDocumentRecord row = new IdentityDocumentRecord();
        row.setPersonId(personId);
        row.setType(document.type().name());
        row.setNumber(normalizeDocumentNumber(document.number()));
        row.setIssuingCountry(document.issuingCountry().strip().toUpperCase());
        row.setExpiryDate(document.expiryDate());
        return row;
    }

    static PoliceRegistrationRecord registrationRecord(long personId, PoliceRegistrationInput registration) {
        PoliceRegistrationRecord row = new PoliceRegistrationRecord();
        row.setPersonId(personId);
        row.setRegisteredOn(registration.registeredOn());
        row.setPoliceDistrict(registration.policeDistrict().strip());
        row.setAtArrivalCentre(registration.atArrivalCentre());
        row.setFingerprintsTaken(registration.fingerprintsTaken());
        row.setPhotoTaken(registration.photoTaken());
        row.setAsylumCardNumber(blankToNull(registration.asylumCardNumber()) == null
                ? null : normalizeDocumentNumber(registration.asylumCardNumber()));
        row.setAskedForAccommodation(registration.askedForAccommodation());
        return row;
    }

    @Override
    public boolean householdExists(long householdId) {
        return db.fetchExists(HOUSEHOLD, HOUSEHOLD.ID.eq(householdId));
    }

    @Override
    public boolean householdHasHead(long householdId) {
        return db.fetchExists(PERSON, PERSON.HOUSEHOLD_ID.eq(householdId).and(PERSON.RELATION_TO_HEAD.eq("HEAD"))
                .and(PERSON.MERGED_INTO.isNull()));
    }

    Optional<Long> householdHead(long householdId) {
        return db.select(PERSON.ID).from(PERSON).where(PERSON.HOUSEHOLD_ID.eq(householdId)
                .and(PERSON.RELATION_TO_HEAD.eq("HEAD")).and(PERSON.MERGED_INTO.isNull())).fetchOptional(PERSON.ID);
    }

    @Override
    public boolean identityNumberTaken(String identityNumber) {
        return db.fetchExists(PERSON, PERSON.IDENTITY_NUMBER.eq(identityNumber).and(PERSON.MERGED_INTO.isNull()));
    }

    @Override
    public boolean documentTaken(DocumentType type, String country, String number) {
        return db.fetchExists(IDENTITY_DOCUMENT, IDENTITY_DOCUMENT.TYPE.eq(type.name())
                .and(IDENTITY_DOCUMENT.ISSUING_COUNTRY.eq(country.strip().toUpperCase()))
                .and(IDENTITY_DOCUMENT.NUMBER.eq(normalizeDocumentNumber(number))));
    }

    @Override
    public boolean cardNumberTaken(String cardNumber) {
        return db.fetchExists(POLICE_REGISTRATION,
                POLICE_REGISTRATION.ASYLUM_CARD_NUMBER.eq(normalizeDocumentNumber(cardNumber)));
    }

    // ---- reading ----------------------------------------------------------------------------------

    /**
     * One page, sorted by name. Pages past the middle are read from the other end of the index in
     * reverse, so the last page costs what the first does (no deep OFFSET scan).
     */
    List<ResidentRow> page(Scope scope, ResidentFilter filter, LocalDate today, int offset, int limit, int total,
                           @Nullable Long afterId) {
        boolean byName = !filter.text().isBlank() && isName(filter.text());
        // a name search lists the best matches first; the plain list is alphabetical
        boolean continuing = !byName && afterId != null;
        boolean fromEnd = !byName && !continuing && total > 0 && offset > total / 2;
        int effectiveOffset = continuing ? 0 : fromEnd ? Math.max(0, total - offset - limit) : offset;
        int effectiveLimit = fromEnd ? Math.min(limit, total - offset) : limit;
        if (effectiveLimit <= 0) {
            return List.of();
        }
        prepareNameSearch(filter.text());
        List<ResidentRow> rows = new ArrayList<>(db.select(rowFields())
                .from(PERSON)
                .leftJoin(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull()))
                .leftJoin(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(matching(scope, filter, today))
                .and(continuing ? after(afterId) : noCondition())
                .orderBy(byName ? List.of(wordSimilarity(NameSearch.normalize(filter.text())).desc(), PERSON.ID.asc())
                        : nameOrder(fromEnd))
                .offset(effectiveOffset)
                .limit(effectiveLimit)
                .fetch(ResidentRepository::toRow));
        if (fromEnd) {
            java.util.Collections.reverse(rows);
        }
        return rows;
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

    /**
     * Rows after the given person in name order: the next page while scrolling, read by seeking in
     * the name index instead of counting past every row before it.
     */
    private static Condition after(long personId) {
        Person last = PERSON.as("last_row");
        return row(lower(PERSON.FAMILY_NAME), lower(PERSON.GIVEN_NAMES), PERSON.ID)
                .gt(select(lower(last.FAMILY_NAME), lower(last.GIVEN_NAMES), last.ID).from(last)
                        .where(last.ID.eq(personId)));
    }

    /** The one search box: exact identity, card or document number, else names ranked by similarity. */
    List<ResidentRow> search(Scope scope, String text, int limit) {
        boolean byName = isName(text);
        prepareNameSearch(text);
        Field<Double> similarity = wordSimilarity(NameSearch.normalize(text));
        return db.select(rowFields())
                .from(PERSON)
                .leftJoin(STAY).on(STAY.PERSON_ID.eq(PERSON.ID).and(STAY.CHECKED_OUT_ON.isNull()))
                .leftJoin(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(PERSON.MERGED_INTO.isNull().and(visibleTo(scope)).and(textMatch(scope, text, limit)))
                .orderBy(byName ? similarity.desc() : PERSON.ID.asc(), PERSON.ID.asc())
                .limit(limit)
                .fetch(ResidentRepository::toRow);
    }

    /** A duplicate candidate, whether the scope reaches them, and the site where they stay or last stayed. */
    record DuplicateMatch(DuplicateCandidate candidate, boolean inScope, @Nullable String lastSite) {
    }

    List<DuplicateMatch> duplicates(Scope scope, DuplicateProbe probe, @Nullable String identityNumber, int limit) {
        String name = NameSearch.searchText(probe.familyName(), probe.givenNames(), probe.familyNameCyrillic(),
                probe.givenNamesCyrillic());
        String document = probe.documentNumber() == null || probe.documentNumber().isBlank()
                ? null : normalizeDocumentNumber(probe.documentNumber());
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
        Field<Boolean> inScope = scope.coversAllSites() ? inline(true) : field(visibleTo(scope));
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

    /** {@code mayEdit}: whether the role edits people at all; the scope then says whether this one. */
    Optional<ResidentDetail> detail(Scope scope, long id, boolean mayEdit) {
        Person member = PERSON.as("member");
        Person merged = PERSON.as("merged");
        var household = multiset(select(member.ID, member.FAMILY_NAME.concat(inline(", ")).concat(member.GIVEN_NAMES),
                member.BIRTH_DATE, member.RELATION_TO_HEAD, member.SHARED_HOUSEHOLD_BEFORE_2022)
                .from(member).where(member.HOUSEHOLD_ID.eq(PERSON.HOUSEHOLD_ID)
                        .and(member.MERGED_INTO.isNull())).orderBy(member.BIRTH_DATE))
                .convertFrom(rs -> rs.map(m -> new HouseholdMember(m.value1(), m.value2(), m.value3(),
                        Relation.valueOf(m.value4()), Boolean.TRUE.equals(m.value5()))));
        var documents = multiset(select(IDENTITY_DOCUMENT.TYPE, IDENTITY_DOCUMENT.NUMBER,
                IDENTITY_DOCUMENT.ISSUING_COUNTRY, IDENTITY_DOCUMENT.EXPIRY_DATE)
                .from(IDENTITY_DOCUMENT).where(IDENTITY_DOCUMENT.PERSON_ID.eq(PERSON.ID)).orderBy(IDENTITY_DOCUMENT.ID))
                .convertFrom(rs -> rs.map(d -> new Document(DocumentType.valueOf(d.value1()),
                        d.value2(), d.value3(), d.value4())));
        var registrations = multiset(select(POLICE_REGISTRATION.REGISTERED_ON, POLICE_REGISTRATION.POLICE_DISTRICT,
                POLICE_REGISTRATION.AT_ARRIVAL_CENTRE, POLICE_REGISTRATION.FINGERPRINTS_TAKEN,
                POLICE_REGISTRATION.PHOTO_TAKEN, POLICE_REGISTRATION.ASYLUM_CARD_NUMBER,
                POLICE_REGISTRATION.ASKED_FOR_ACCOMMODATION)
                .from(POLICE_REGISTRATION).where(POLICE_REGISTRATION.PERSON_ID.eq(PERSON.ID))
                .orderBy(POLICE_REGISTRATION.ID))
                .convertFrom(rs -> rs.map(p -> new PoliceRegistration(p.value1(), p.value2(),
                        p.value3(), p.value4(), p.value5(), p.value6(), p.value7())));
        // stays a merged duplicate kept (the same days recorded twice) are shown with the survivor's
        var stays = multiset(select(STAY.ID, SITE.NAME, UNIT.NAME, BED.LABEL, STAY.CHECKED_IN_ON,
                STAY.CHECKED_OUT_ON, STAY.CHECKOUT_REASON, field(STAY.PERSON_ID.ne(PERSON.ID)))
                .from(STAY).join(SITE).on(SITE.ID.eq(STAY.SITE_ID))
                .leftJoin(BED).on(BED.ID.eq(STAY.BED_ID)).leftJoin(UNIT).on(UNIT.ID.eq(BED.UNIT_ID))
                .where(STAY.PERSON_ID.eq(PERSON.ID).or(STAY.PERSON_ID.in(
                        select(merged.ID).from(merged).where(merged.MERGED_INTO.eq(PERSON.ID)))))
                .orderBy(STAY.CHECKED_IN_ON.desc(), STAY.ID.desc()))
                .convertFrom(rs -> rs.map(s -> new StayLine(s.value1(), s.value2(), s.value3(),
                        s.value4(), s.value5(), s.value6(), s.value7(), Boolean.TRUE.equals(s.value8()))));
        var mergedRecords = multiset(select(merged.ID, merged.FAMILY_NAME.concat(inline(", ")).concat(merged.GIVEN_NAMES),
                merged.IDENTITY_NUMBER).from(merged).where(merged.MERGED_INTO.eq(PERSON.ID)).orderBy(merged.ID))
                .convertFrom(rs -> rs.map(Records.mapping(MergedRecord::new)));
        Field<Boolean> editable = (mayEdit ? field(editableBy(scope)) : inline(false)).as("editable");
        return db.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME_CYRILLIC,
                        PERSON.GIVEN_NAMES_CYRILLIC, PERSON.BIRTH_DATE, PERSON.SEX, PERSON.CITIZENSHIPS,
                        PERSON.LANGUAGES, PERSON.PHONE, PERSON.NEEDS, PERSON.NEEDS_NOTE, PERSON.ARRIVAL_DATE,
                        PERSON.IDENTITY_NUMBER, PERSON.HOUSEHOLD_ID, PERSON.RELATION_TO_HEAD,
                        HOUSEHOLD.PRIVATE_ADDRESS, PERSON.VERSION, household, documents, registrations, stays,
                        HOUSEHOLD.VERSION, editable, mergedRecords)
                .from(PERSON).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(PERSON.HOUSEHOLD_ID))
                .where(PERSON.ID.eq(id).and(visibleTo(scope)))
                .fetchOptional(r -> new ResidentDetail(r.get(PERSON.ID), r.get(PERSON.FAMILY_NAME),
                        r.get(PERSON.GIVEN_NAMES), r.get(PERSON.FAMILY_NAME_CYRILLIC),
                        r.get(PERSON.GIVEN_NAMES_CYRILLIC), r.get(PERSON.BIRTH_DATE), Sex.valueOf(r.get(PERSON.SEX)),
                        Arrays.asList(r.get(PERSON.CITIZENSHIPS)), Arrays.asList(r.get(PERSON.LANGUAGES)),
                        r.get(PERSON.PHONE), needs(r.get(PERSON.NEEDS)), r.get(PERSON.NEEDS_NOTE),
                        r.get(PERSON.ARRIVAL_DATE), r.get(PERSON.IDENTITY_NUMBER), r.get(PERSON.HOUSEHOLD_ID),
                        Relation.valueOf(r.get(PERSON.RELATION_TO_HEAD)), r.get(HOUSEHOLD.PRIVATE_ADDRESS),
                        r.get(PERSON.VERSION), r.get(household), r.get(documents), r.get(registrations),
                        r.get(stays), r.get(HOUSEHOLD.VERSION), Boolean.TRUE.equals(r.get(editable)),
                        r.get(mergedRecords)));
    }

    boolean visible(Scope scope, long id) {
        return db.fetchExists(PERSON, PERSON.ID.eq(id).and(visibleTo(scope)));
    }

    boolean editable(Scope scope, long id) {
        return db.fetchExists(PERSON, PERSON.ID.eq(id).and(editableBy(scope)));
    }

    /** The record a merged duplicate lives on in, if {@code id} was merged. */
    Optional<Long> survivorOf(long id) {
        return db.select(PERSON.MERGED_INTO).from(PERSON).where(PERSON.ID.eq(id).and(PERSON.MERGED_INTO.isNotNull()))
                .fetchOptional(PERSON.MERGED_INTO);
    }

    /**
     * The audit records that make up one resident's history: the person and the duplicates merged into
     * them, their current household, and every stay of either.
     */
    Map<String, List<String>> historyRecords(long id) {
        List<Long> persons = db.select(PERSON.ID).from(PERSON)
                .where(PERSON.ID.eq(id).or(PERSON.MERGED_INTO.eq(id))).fetch(PERSON.ID);
        Map<String, List<String>> records = new LinkedHashMap<>();
        records.put(ResidentService.ENTITY, persons.stream().map(String::valueOf).toList());
        records.put(HouseholdService.ENTITY, db.select(PERSON.HOUSEHOLD_ID).from(PERSON).where(PERSON.ID.eq(id))
                .fetch(r -> String.valueOf(r.value1())));
        records.put("stay", db.select(STAY.ID).from(STAY).where(STAY.PERSON_ID.in(persons))
                .fetch(r -> String.valueOf(r.value1())));
        return records;
    }

    // ---- conditions -------------------------------------------------------------------------------

    /** Staff see people who have, or had, a stay at one of their sites; managers and admins everyone. */
    private Condition visibleTo(Scope scope) {
        return visibleTo(scope, PERSON);
    }

    /** Who may change a person: {@link ResidentScopeConditions#changeableBy}, and never a merged record. */
    private Condition editableBy(Scope scope) {
        return PERSON.MERGED_INTO.isNull().and(scopes.changeableBy(scope, PERSON.ID));
    }

    private Condition visibleTo(Scope scope, Person person) {
        return scopes.visibleTo(scope, person.ID);
    }

    private Condition matching(Scope scope, ResidentFilter filter, LocalDate today) {
        Condition condition = PERSON.MERGED_INTO.isNull().and(visibleTo(scope));
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
        String digitsOrCode = normalizeDocumentNumber(text);
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
                        .where(candidate.MERGED_INTO.isNull().and(visibleTo(scope, candidate))
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

    private static List<SortField<?>> nameOrder(boolean reversed) {
        return reversed
                ? List.of(lower(PERSON.FAMILY_NAME).desc(), lower(PERSON.GIVEN_NAMES).desc(), PERSON.ID.desc())
                : List.of(lower(PERSON.FAMILY_NAME).asc(), lower(PERSON.GIVEN_NAMES).asc(), PERSON.ID.asc());
    }

    private static List<Field<?>> rowFields() {
        return List.of(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, PERSON.FAMILY_NAME_CYRILLIC,
                PERSON.GIVEN_NAMES_CYRILLIC, PERSON.BIRTH_DATE, PERSON.SEX, PERSON.CITIZENSHIPS, SITE.NAME, UNIT.NAME,
                BED.LABEL, selectCount().from(PERSON.as("hh")).where(PERSON.as("hh").HOUSEHOLD_ID.eq(PERSON.HOUSEHOLD_ID)
                        .and(PERSON.as("hh").MERGED_INTO.isNull())).asField("household_size"), PERSON.NEEDS);
    }

    private static ResidentRow toRow(Record r) {
        return new ResidentRow(r.get(PERSON.ID), r.get(PERSON.FAMILY_NAME), r.get(PERSON.GIVEN_NAMES),
                r.get(PERSON.FAMILY_NAME_CYRILLIC), r.get(PERSON.GIVEN_NAMES_CYRILLIC), r.get(PERSON.BIRTH_DATE),
                Sex.valueOf(r.get(PERSON.SEX)), Arrays.asList(r.get(PERSON.CITIZENSHIPS)), r.get(SITE.NAME),
                r.get(UNIT.NAME), r.get(BED.LABEL), r.get("household_size", Integer.class), needs(r.get(PERSON.NEEDS)));
    }

    private static Set<Need> needs(String[] values) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (String value : values) {
            needs.add(Need.valueOf(value));
        }
        return needs;
    }

    // ---- identity number replaced (a fødselsnummer after a grant; the old number kept) -------------

    boolean merged(long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNotNull()));
    }

    boolean visibleInScope(Scope scope, long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(visibleTo(scope)));
    }

    Optional<String> identityNumberOf(long personId) {
        return db.select(PERSON.IDENTITY_NUMBER).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.IDENTITY_NUMBER);
    }

    void replaceIdentityNumber(long personId, @Nullable String formerNumber, String newNumber, LocalDate on,
                               Instant at) {
        if (formerNumber != null) {
            db.insertInto(FORMER_IDENTITY_NUMBER).set(FORMER_IDENTITY_NUMBER.PERSON_ID, personId)
                    .set(FORMER_IDENTITY_NUMBER.IDENTITY_NUMBER, formerNumber)
                    .set(FORMER_IDENTITY_NUMBER.REPLACED_ON, on).execute();
        }
        db.update(PERSON).set(PERSON.IDENTITY_NUMBER, newNumber).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, at).where(PERSON.ID.eq(personId)).execute();
    }

    List<String> formerIdentityNumbers(long personId) {
        return db.select(FORMER_IDENTITY_NUMBER.IDENTITY_NUMBER).from(FORMER_IDENTITY_NUMBER)
                .where(FORMER_IDENTITY_NUMBER.PERSON_ID.eq(personId))
                .orderBy(FORMER_IDENTITY_NUMBER.REPLACED_ON, FORMER_IDENTITY_NUMBER.ID)
                .fetch(FORMER_IDENTITY_NUMBER.IDENTITY_NUMBER);
    }

    static String normalizeDocumentNumber(String number) {
        return number.replace(" ", "").strip().toUpperCase();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
