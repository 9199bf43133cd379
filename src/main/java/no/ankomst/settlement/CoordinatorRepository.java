package no.ankomst.settlement;

import static no.ankomst.db.Tables.DWELLING;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.SETTLEMENT_MEMBER;
import static no.ankomst.db.Tables.SETTLEMENT_PROPOSAL;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.ankomst.db.tables.Person;
import no.ankomst.settlement.ProposalRecords.AcceptedRow;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/** The coordinator's home: accepted households of their municipality and settlements coming up. */
@Repository
class CoordinatorRepository {

    private final DSLContext db;

    CoordinatorRepository(DSLContext db) {
        this.db = db;
    }

    Optional<String> municipalityName(String code) {
        return db.select(MUNICIPALITY.NAME).from(MUNICIPALITY).where(MUNICIPALITY.CODE.eq(code))
                .fetchOptional(MUNICIPALITY.NAME);
    }

    /** Households with a member to be settled in the municipality between the two days (both included). */
    int settlementsBetween(String municipalityCode, LocalDate from, LocalDate to) {
        return db.select(countDistinct(SETTLEMENT_MEMBER.PROPOSAL_ID)).from(SETTLEMENT_MEMBER)
                .where(SETTLEMENT_MEMBER.MUNICIPALITY_CODE.eq(municipalityCode)
                        .and(SETTLEMENT_MEMBER.SETTLEMENT_DATE.between(from, to))
                        .and(SETTLEMENT_MEMBER.SETTLED_AT.isNull()))
                .fetchSingle().value1();
    }

    /** Persons settled in the municipality with a settlement date in the year. */
    int settledIn(String municipalityCode, int year) {
        return db.fetchCount(SETTLEMENT_MEMBER, SETTLEMENT_MEMBER.MUNICIPALITY_CODE.eq(municipalityCode)
                .and(SETTLEMENT_MEMBER.SETTLEMENT_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .and(SETTLEMENT_MEMBER.SETTLED_AT.isNotNull()));
    }

    /** Accepted households of the municipality, soonest date first; settled ones after the rest. */
    List<AcceptedRow> accepted(String municipalityCode, int offset, int limit) {
        // the page is chosen from the municipality's members alone (one index range, V20), then dressed for its rows
        Field<Long> proposalId = SETTLEMENT_MEMBER.PROPOSAL_ID.as("proposal_id");
        Field<LocalDate> first = min(SETTLEMENT_MEMBER.SETTLEMENT_DATE).as("first_date");
        Field<LocalDate> last = max(SETTLEMENT_MEMBER.SETTLEMENT_DATE).as("last_date");
        Field<Integer> size = count().as("size");
        Field<Integer> open = count().filterWhere(SETTLEMENT_MEMBER.SETTLED_AT.isNull()).as("open");
        // households still to settle first, soonest date first; settled ones after the rest
        Field<Integer> allSettled = when(count().filterWhere(SETTLEMENT_MEMBER.SETTLED_AT.isNull()).eq(0), inline(1))
                .otherwise(inline(0)).as("all_settled");
        Table<?> page = db.select(proposalId, first, last, size, open, allSettled)
                .from(SETTLEMENT_MEMBER)
                .where(SETTLEMENT_MEMBER.MUNICIPALITY_CODE.eq(municipalityCode))
                .groupBy(SETTLEMENT_MEMBER.PROPOSAL_ID)
                .orderBy(allSettled, first, proposalId)
                .offset(offset).limit(limit)
                .asTable("page");
        Person head = PERSON.as("head");
        Field<String> headName = field(select(head.FAMILY_NAME.concat(inline(", ")).concat(head.GIVEN_NAMES))
                .from(head).where(head.HOUSEHOLD_ID.eq(SETTLEMENT_PROPOSAL.HOUSEHOLD_ID).and(head.MERGED_INTO.isNull()))
                .orderBy(when(head.RELATION_TO_HEAD.eq("HEAD"), inline(0)).otherwise(inline(1)), head.ID).limit(1));
        Field<Long> pageProposal = page.field(proposalId);
        return db.select(SETTLEMENT_PROPOSAL.ID, SETTLEMENT_PROPOSAL.HOUSEHOLD_ID, headName, page.field(size),
                        DWELLING.LABEL, page.field(first), page.field(last), page.field(open))
                .from(page)
                .join(SETTLEMENT_PROPOSAL).on(SETTLEMENT_PROPOSAL.ID.eq(pageProposal))
                .leftJoin(DWELLING).on(DWELLING.ID.eq(SETTLEMENT_PROPOSAL.DWELLING_ID))
                .orderBy(page.field(allSettled), page.field(first), pageProposal)
                .fetch(row -> new AcceptedRow(row.value1(), row.value2(), row.value3() == null ? "" : row.value3(),
                        row.value4(), row.value5(), row.value6(), row.value7(), row.value8() == 0));
    }
}
