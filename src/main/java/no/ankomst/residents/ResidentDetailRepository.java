package no.ankomst.residents;

import static no.ankomst.db.Tables.BED;
import static no.ankomst.db.Tables.HOUSEHOLD;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.POLICE_REGISTRATION;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.STAY;
import static no.ankomst.db.Tables.UNIT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.db.tables.Person;
import no.ankomst.residents.ResidentRecords.Document;
import no.ankomst.residents.ResidentRecords.HouseholdMember;
import no.ankomst.residents.ResidentRecords.MergedRecord;
import no.ankomst.residents.ResidentRecords.PoliceRegistration;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.residents.ResidentRecords.StayLine;
import no.ankomst.security.Scope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** One person's detail (with household, documents, stays, merged records), and whom a scope sees or may change. */
@Repository
class ResidentDetailRepository {

    private final DSLContext db;
    private final ResidentScopeConditions scopes;

    ResidentDetailRepository(DSLContext db, ResidentScopeConditions scopes) {
        this.db = db;
        this.scopes = scopes;
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
                        r.get(PERSON.PHONE), Need.fromNames(r.get(PERSON.NEEDS)), r.get(PERSON.NEEDS_NOTE),
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

    boolean merged(long personId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.MERGED_INTO.isNotNull()));
    }

    /** Staff see people who have, or had, a stay at one of their sites; managers and admins everyone. */
    Condition visibleTo(Scope scope) {
        return scopes.visibleTo(scope, PERSON.ID);
    }

    /** Who may change a person: {@link ResidentScopeConditions#changeableBy}, and never a merged record. */
    Condition editableBy(Scope scope) {
        return PERSON.MERGED_INTO.isNull().and(scopes.changeableBy(scope, PERSON.ID));
    }
}
