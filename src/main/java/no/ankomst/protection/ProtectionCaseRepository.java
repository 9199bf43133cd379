package no.ankomst.protection;

import static no.ankomst.db.Tables.CASE_EVENT;
import static no.ankomst.db.Tables.PERMIT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.PROTECTION_CASE;
import static no.ankomst.db.Tables.SITE;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.ankomst.base.database.SortAndSeek;
import no.ankomst.db.tables.Person;
import no.ankomst.db.tables.ProtectionCase;
import no.ankomst.db.tables.records.CaseEventRecord;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseRecords.CaseEvent;
import no.ankomst.protection.ProtectionCaseRecords.CaseFilter;
import no.ankomst.protection.ProtectionCaseRecords.CaseRow;
import no.ankomst.protection.ProtectionCaseRecords.CaseSort;
import no.ankomst.protection.ProtectionCaseRecords.FamilyCase;
import no.ankomst.protection.ProtectionCaseRecords.Permit;
import no.ankomst.protection.ProtectionCaseRecords.WaitingSince;
import no.ankomst.residents.ResidentScopeConditions;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableLike;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Cases, their history and permits. Every read carries the caller's scope (the residents' definition). */
@Repository
class ProtectionCaseRepository {

    private static final ProtectionCase C = PROTECTION_CASE;

    private final DSLContext db;
    private final ResidentScopeConditions scopes;

    ProtectionCaseRepository(DSLContext db, ResidentScopeConditions scopes) {
        this.db = db;
        this.scopes = scopes;
    }

    // ---- scope --------------------------------------------------------------------------------------

    boolean personVisible(Scope scope, long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNull())
                .and(scopes.visibleTo(scope, PERSON.ID)));
    }

    // ---- writing ------------------------------------------------------------------------------------

    long insertCase(long personId, LocalDate registeredOn) {
        return db.insertInto(C).set(C.PERSON_ID, personId).set(C.STATE, CaseState.REGISTERED_WITH_POLICE.name())
                .set(C.REGISTERED_ON, registeredOn).set(C.STATE_SINCE, registeredOn)
                .returning(C.ID).fetchSingle(C.ID);
    }

    /** Moves the case to {@code to}; false when someone changed it since {@code version} was read. */
    boolean updateState(long caseId, int version, CaseState to, LocalDate since, @Nullable LocalDate interviewOn,
                        @Nullable ProcessingTrack track) {
        var update = db.update(C).set(C.STATE, to.name()).set(C.STATE_SINCE, since).set(C.VERSION, C.VERSION.plus(1));
        if (to == CaseState.CALLED_FOR_INTERVIEW) {
            update = update.set(C.INTERVIEW_ON, interviewOn);
        }
        if (to == CaseState.IN_PROCESSING) {
            update = update.set(C.PROCESSING_TRACK, track == null ? null : track.name());
        }
        return update.where(C.ID.eq(caseId).and(C.VERSION.eq(version))).execute() == 1;
    }

    boolean updateGrant(long caseId, int version, LocalDate since, LocalDate permitFrom, LocalDate permitTo,
                        ResidenceCardStatus card, @Nullable LocalDate letterSentOn, @Nullable Boolean post) {
        return db.update(C).set(C.STATE, CaseState.GRANTED.name()).set(C.STATE_SINCE, since)
                .set(C.PERMIT_FROM, permitFrom).set(C.PERMIT_TO, permitTo).set(C.RESIDENCE_CARD, card.name())
                .set(C.DECISION_LETTER_SENT_ON, letterSentOn).set(C.ADDRESS_RECEIVES_POST, post)
                .set(C.VERSION, C.VERSION.plus(1))
                .where(C.ID.eq(caseId).and(C.VERSION.eq(version))).execute() == 1;
    }

    boolean updatePermitTo(long caseId, int version, LocalDate since, LocalDate permitTo) {
        return db.update(C).set(C.PERMIT_TO, permitTo).set(C.STATE_SINCE, since).set(C.VERSION, C.VERSION.plus(1))
                .where(C.ID.eq(caseId).and(C.VERSION.eq(version))).execute() == 1;
    }

    boolean updateDetails(long caseId, int version, LocalDate since, ResidenceCardStatus card,
                          @Nullable LocalDate letterSentOn, @Nullable Boolean post) {
        return db.update(C).set(C.RESIDENCE_CARD, card.name()).set(C.DECISION_LETTER_SENT_ON, letterSentOn)
                .set(C.ADDRESS_RECEIVES_POST, post).set(C.STATE_SINCE, since).set(C.VERSION, C.VERSION.plus(1))
                .where(C.ID.eq(caseId).and(C.VERSION.eq(version))).execute() == 1;
    }

    void insertPermit(long caseId, LocalDate from, LocalDate to, boolean renewal) {
        db.insertInto(PERMIT).set(PERMIT.CASE_ID, caseId).set(PERMIT.VALID_FROM, from).set(PERMIT.VALID_TO, to)
                .set(PERMIT.RENEWAL, renewal).execute();
    }

    // ---- reading ------------------------------------------------------------------------------------

    Optional<Long> caseIdOf(long personId) {
        return db.select(C.ID).from(C).where(C.PERSON_ID.eq(personId)).fetchOptional(C.ID);
    }

    /** The person's first police registration: the date a new case is suggested to start from. */
    Optional<LocalDate> firstPoliceRegistration(long personId) {
        return db.select(min(POLICE_REGISTRATION.REGISTERED_ON)).from(POLICE_REGISTRATION)
                .where(POLICE_REGISTRATION.PERSON_ID.eq(personId)).fetchOptional(r -> r.value1());
    }

    Optional<CaseDetail> find(Scope scope, long caseId, LocalDate today) {
        return detail(scope, C.ID.eq(caseId), today);
    }

    Optional<CaseDetail> findByPerson(Scope scope, long personId, LocalDate today) {
        return detail(scope, C.PERSON_ID.eq(personId), today);
    }

    private Optional<CaseDetail> detail(Scope scope, Condition which, LocalDate today) {
        return db.select(C.ID, C.PERSON_ID, C.STATE, C.REGISTERED_ON, C.STATE_SINCE, C.INTERVIEW_ON,
                        C.PROCESSING_TRACK, C.PERMIT_FROM, C.PERMIT_TO, C.RESIDENCE_CARD, C.DECISION_LETTER_SENT_ON,
                        C.ADDRESS_RECEIVES_POST, C.VERSION,
                        multiset(select(CASE_EVENT.fields()).from(CASE_EVENT).where(CASE_EVENT.CASE_ID.eq(C.ID))
                                .orderBy(CASE_EVENT.ID))
                                .convertFrom(rs -> rs.map(e -> event(e.into(CASE_EVENT)))),
                        multiset(select(PERMIT.ID, PERMIT.VALID_FROM, PERMIT.VALID_TO, PERMIT.RENEWAL).from(PERMIT)
                                .where(PERMIT.CASE_ID.eq(C.ID)).orderBy(PERMIT.VALID_FROM))
                                .convertFrom(rs -> rs.map(p -> new Permit(p.value1(), p.value2(), p.value3(),
                                        p.value4()))))
                .from(C)
                .where(which.and(scopes.visibleTo(scope, C.PERSON_ID)))
                .fetchOptional(r -> {
                    CaseState state = CaseState.valueOf(r.value3());
                    return new CaseDetail(r.value1(), r.value2(), state, r.value4(), r.value5(), r.value6(),
                            r.value7() == null ? null : ProcessingTrack.valueOf(r.value7()), r.value8(), r.value9(),
                            r.value10() == null ? null : ResidenceCardStatus.valueOf(r.value10()), r.value11(),
                            r.value12(), r.value13(), r.value14(), r.value15(), family(scope, r.value2()),
                            WorkStatus.of(state, r.value9(), today));
                });
    }

    /** The person's citizenships as recorded (ISO codes). */
    List<String> citizenshipsOf(long personId) {
        return db.select(PERSON.CITIZENSHIPS).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(r -> Arrays.asList(r.value1())).orElse(List.of());
    }

    /**
     * The citizenships of each other member of the person's household who holds collective protection now
     * (a granted case), whatever the caller's scope: a rule about the person depends on them.
     */
    List<List<String>> citizenshipsOfHoldersInHousehold(long personId) {
        Person member = PERSON.as("member");
        Person self = PERSON.as("self");
        return db.select(member.CITIZENSHIPS)
                .from(self)
                .join(member).on(member.HOUSEHOLD_ID.eq(self.HOUSEHOLD_ID).and(member.ID.ne(self.ID))
                        .and(member.MERGED_INTO.isNull()))
                .join(C).on(C.PERSON_ID.eq(member.ID).and(C.STATE.eq(CaseState.GRANTED.name())))
                .where(self.ID.eq(personId))
                .fetch(r -> Arrays.asList(r.value1()));
    }

    /** The other members of the person's household whom the scope reaches, each with their case if any. */
    List<FamilyCase> family(Scope scope, long personId) {
        Person member = PERSON.as("member");
        Person self = PERSON.as("self");
        return db.select(member.ID, member.FAMILY_NAME.concat(inline(", ")).concat(member.GIVEN_NAMES), C.ID, C.STATE)
                .from(self)
                .join(member).on(member.HOUSEHOLD_ID.eq(self.HOUSEHOLD_ID).and(member.ID.ne(self.ID))
                        .and(member.MERGED_INTO.isNull()))
                .leftJoin(C).on(C.PERSON_ID.eq(member.ID))
                .where(self.ID.eq(personId).and(scopes.visibleTo(scope, member.ID)))
                .orderBy(member.BIRTH_DATE, member.ID)
                .fetch(r -> new FamilyCase(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : CaseState.valueOf(r.value4())));
    }

    /**
     * One page of the case list. A page that follows one already read starts after that page's last case
     * (a seek in the sort's index), so scrolling far costs what the first page does.
     */
    List<CaseRow> page(Scope scope, CaseFilter filter, CaseSort sort, LocalDate today, int offset, int limit,
                       @Nullable Long afterCaseId) {
        SortAndSeek order = order(sort, waitingFrom(filter.waitingSince()));
        // the name sort's keys are the person's: the last case is found with its person
        TableLike<?> lastRowFrom = sort == CaseSort.NAME ? C.join(PERSON).on(PERSON.ID.eq(C.PERSON_ID)) : C;
        SortAndSeek.Slice slice = order.slice(offset, limit, 0,
                afterCaseId == null ? null : order.after(lastRowFrom, C.ID.eq(afterCaseId)));
        return db.select(C.ID, C.PERSON_ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAMES, SITE.NAME, C.STATE,
                        C.REGISTERED_ON, C.STATE_SINCE, C.INTERVIEW_ON, C.PERMIT_TO)
                .from(C)
                .join(PERSON).on(PERSON.ID.eq(C.PERSON_ID))
                .leftJoin(SITE).on(SITE.ID.eq(C.STAYING_SITE_ID))
                .where(matching(scope, filter, today))
                .and(slice.condition())
                .orderBy(slice.orderBy())
                .offset(slice.offset())
                .limit(slice.limit())
                .fetch(ProtectionCaseRepository::toRow);
    }

    int count(Scope scope, CaseFilter filter, LocalDate today) {
        return counts(scope, List.of(filter), today).getFirst();
    }

    /**
     * The count of each filter's list in one pass over the scope's cases (the worklist asks for two). The filters
     * share their reach (everyone in scope, or those staying now), which decides whether the person is joined; the
     * rest only sorts cases into the counts.
     */
    List<Integer> counts(Scope scope, List<CaseFilter> filters, LocalDate today) {
        boolean stayingNow = filters.getFirst().stayingNow();
        if (filters.stream().anyMatch(f -> f.stayingNow() != stayingNow)) {
            throw new IllegalArgumentException("counted together, filters share their reach");
        }
        List<Field<Integer>> counts = filters.stream()
                .<Field<Integer>>map(f -> DSL.count().filterWhere(matching(f, today))).toList();
        Condition any = filters.stream().map(f -> matching(f, today)).reduce(falseCondition(), Condition::or);
        // the people staying now are found on the case itself (staying_site_id): no join, one index range
        TableLike<?> from = stayingNow ? C : C.join(PERSON).on(PERSON.ID.eq(C.PERSON_ID));
        Record record = db.select(counts).from(from)
                .where(reach(scope, filters.getFirst()).and(any))
                .fetchSingle();
        return counts.stream().map(record::get).toList();
    }

    private Condition matching(Scope scope, CaseFilter filter, LocalDate today) {
        return reach(scope, filter).and(matching(filter, today));
    }

    /**
     * Whose cases the filter reads: everyone the scope reaches, or only those staying now at one of the scope's
     * sites, for managers at any site (the worklist's question: an arrival centre has had tens of thousands pass through, it follows up the
     * few hundred there now). Staying now at one's sites implies being visible, so that one condition is enough.
     */
    private Condition reach(Scope scope, CaseFilter filter) {
        if (!filter.stayingNow()) {
            return inScope(scope);
        }
        // where the person stays now is kept on the case (V21), and is null for a merged duplicate: for staff the
        // query reads the few cases of people at their sites, not every case
        return scope.coversAllSites() ? C.STAYING_SITE_ID.isNotNull() : C.STAYING_SITE_ID.in(scope.siteIds());
    }

    private Condition inScope(Scope scope) {
        return PERSON.MERGED_INTO.isNull().and(scopes.visibleTo(scope, C.PERSON_ID));
    }

    private static Condition matching(CaseFilter filter, LocalDate today) {
        Condition condition = noCondition();
        if (filter.state() != null) {
            condition = condition.and(C.STATE.eq(filter.state().name()));
        }
        if (filter.siteId() != null) {
            condition = condition.and(C.STAYING_SITE_ID.eq(filter.siteId()));
        }
        if (filter.minDaysWaiting() != null) {
            condition = condition.and(waitingFrom(filter.waitingSince()).le(today.minusDays(filter.minDaysWaiting())))
                    .and(C.STATE.in(openStates()));
        }
        if (filter.permitExpiringWithinDays() != null) {
            condition = condition.and(C.STATE.eq(CaseState.GRANTED.name()))
                    .and(C.PERMIT_TO.between(today, today.plusDays(filter.permitExpiringWithinDays())));
        }
        if (filter.permitExpired()) {
            condition = condition.and(C.STATE.eq(CaseState.GRANTED.name())).and(C.PERMIT_TO.lt(today));
        }
        return condition;
    }

    private static List<String> openStates() {
        return Arrays.stream(CaseState.values()).filter(CaseState::open).map(Enum::name).toList();
    }

    private static Field<LocalDate> waitingFrom(WaitingSince since) {
        return since == WaitingSince.REGISTERED ? C.REGISTERED_ON : C.STATE_SINCE;
    }

    private static SortAndSeek order(CaseSort sort, Field<LocalDate> waitingFrom) {
        return switch (sort) {
            case NAME -> SortAndSeek.ascending(PERSON.ID, lower(PERSON.FAMILY_NAME), lower(PERSON.GIVEN_NAMES));
            // longest waiting first
            case WAITING -> SortAndSeek.ascending(C.ID, waitingFrom);
            // a case without a permit sorts last
            case PERMIT_END -> SortAndSeek.ascending(C.ID, C.PERMIT_TO).nullsLast();
        };
    }

    private static CaseRow toRow(Record r) {
        return new CaseRow(r.get(C.ID), r.get(C.PERSON_ID), r.get(PERSON.FAMILY_NAME), r.get(PERSON.GIVEN_NAMES),
                r.get(SITE.NAME), CaseState.valueOf(r.get(C.STATE)), r.get(C.REGISTERED_ON), r.get(C.STATE_SINCE),
                r.get(C.INTERVIEW_ON), r.get(C.PERMIT_TO));
    }

    private static CaseEvent event(CaseEventRecord e) {
        Instant recordedAt = e.getRecordedAt();
        return new CaseEvent(e.getId(), CaseEventKind.valueOf(e.getKind()),
                e.getFromState() == null ? null : CaseState.valueOf(e.getFromState()),
                e.getToState() == null ? null : CaseState.valueOf(e.getToState()), e.getEffectiveOn(), recordedAt,
                e.getRecordedBy(), e.getReason(), e.getInterviewOn(),
                e.getProcessingTrack() == null ? null : ProcessingTrack.valueOf(e.getProcessingTrack()),
                e.getPermitFrom(), e.getPermitTo(),
                e.getResidenceCard() == null ? null : ResidenceCardStatus.valueOf(e.getResidenceCard()),
                e.getDecisionLetterSentOn(), e.getAddressReceivesPost());
    }

    void insertEvent(long caseId, NewCaseEvent e, Instant recordedAt, String recordedBy) {
        CaseEventRecord event = new CaseEventRecord();
        event.setCaseId(caseId);
        event.setKind(e.kind().name());
        event.setFromState(e.from() == null ? null : e.from().name());
        event.setToState(e.to() == null ? null : e.to().name());
        event.setEffectiveOn(e.effectiveOn());
        event.setRecordedAt(recordedAt);
        event.setRecordedBy(recordedBy);
        event.setReason(e.reason().strip());
        event.setInterviewOn(e.interviewOn());
        event.setProcessingTrack(e.processingTrack() == null ? null : e.processingTrack().name());
        event.setPermitFrom(e.permitFrom());
        event.setPermitTo(e.permitTo());
        event.setResidenceCard(e.residenceCard() == null ? null : e.residenceCard().name());
        event.setDecisionLetterSentOn(e.decisionLetterSentOn());
        event.setAddressReceivesPost(e.addressReceivesPost());
        db.insertInto(CASE_EVENT).set(event).execute();
    }
}
