package no.ankomst.reporting;

import static no.ankomst.db.Tables.SNAPSHOT_TB;
import static no.ankomst.db.Tables.TB_REFERRAL;
import static no.ankomst.db.Tables.TB_RESULT;
import static no.ankomst.db.Tables.TB_SCREENING;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ankomst.base.Age;
import no.ankomst.db.tables.TbScreening;
import no.ankomst.health.TbOutcome;
import no.ankomst.health.TbStatus;
import no.ankomst.health.TbStatusConditions;
import no.ankomst.schooling.SchoolingRecords.SiteSchoolCounts;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The snapshot tables. Each family of figures is one set-based statement that groups by site (never a query per
 * person); reading sums the sites of a scope, so a county's or the country's figures are never stored twice.
 */
@Repository
class SnapshotRepository {

    private final DSLContext db;
    private final TbStatusConditions tb;

    SnapshotRepository(DSLContext db, TbStatusConditions tb) {
        this.db = db;
        this.tb = tb;
    }

    /** The new snapshot's id, or empty when the period has one already (taking it again changes nothing). */
    Optional<Long> insertSnapshot(ReportPeriod period, OffsetDateTime takenAt, String takenBy) {
        return db.resultQuery("""
                        insert into report_snapshot (period_start, period_end, iso_week, taken_at, taken_by)
                        values (?::date, ?::date, ?, ?::timestamptz, ?)
                        on conflict (period_start, period_end) do nothing
                        returning id""", period.start(), period.end(), period.isoWeek(), takenAt, takenBy)
                .fetchOptional(0, Long.class);
    }

    Optional<SnapshotRow> find(ReportPeriod period) {
        return db.resultQuery("select id, period_start, period_end, iso_week, taken_at from report_snapshot "
                + "where period_start = ? and period_end = ?", period.start(), period.end())
                .fetchOptional(SnapshotRepository::toSnapshot);
    }

    Optional<SnapshotRow> find(long id) {
        return db.resultQuery("select id, period_start, period_end, iso_week, taken_at from report_snapshot "
                + "where id = ?", id).fetchOptional(SnapshotRepository::toSnapshot);
    }

    /** Newest first, paged in the database (index report_snapshot_end_idx). */
    List<SnapshotRow> page(int offset, int limit) {
        return db.resultQuery("select id, period_start, period_end, iso_week, taken_at from report_snapshot "
                + "order by period_end desc, id desc offset ? limit ?", offset, limit)
                .fetch(SnapshotRepository::toSnapshot);
    }

    /** The snapshots of whole ISO weeks, by week (index report_snapshot_week_idx); the first if ever two. */
    java.util.Map<String, Long> weekly(Collection<String> isoWeeks) {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        db.resultQuery("select iso_week, min(id) from report_snapshot where iso_week = any(?::text[]) "
                + "group by iso_week", (Object) isoWeeks.toArray(String[]::new))
                .forEach(r -> found.put(r.get(0, String.class), r.get(1, Long.class)));
        return found;
    }

    int countSnapshots() {
        return db.fetchSingle("select count(*)::int from report_snapshot").get(0, Integer.class);
    }

    private static SnapshotRow toSnapshot(Record r) {
        return new SnapshotRow(r.get(0, Long.class), new ReportPeriod(r.get(1, LocalDate.class),
                r.get(2, LocalDate.class)), r.get(3, String.class), r.get(4, OffsetDateTime.class));
    }

    /** Occupancy on the period's last day, arrivals and departures within it; one statement for all sites. */
    int takeOccupancy(long snapshotId, ReportPeriod period) {
        LocalDate day = period.end();
        LocalDate adultBound = Age.bornOnOrBefore(18, day);
        return db.execute("""
                insert into snapshot_occupancy (snapshot_id, site_id, capacity, people, men, women, children,
                                                free_beds, arrivals, departures)
                select ?, s.id, s.capacity, coalesce(o.people, 0), coalesce(o.men, 0), coalesce(o.women, 0),
                       coalesce(o.children, 0), greatest(coalesce(b.beds, 0) - coalesce(o.in_beds, 0), 0),
                       coalesce(a.arrivals, 0), coalesce(d.departures, 0)
                  from site s
                  left join (select st.site_id, count(*) people,
                                    count(*) filter (where p.birth_date <= ? and p.sex = 'MALE') men,
                                    count(*) filter (where p.birth_date <= ? and p.sex = 'FEMALE') women,
                                    count(*) filter (where p.birth_date > ?) children,
                                    count(st.bed_id) in_beds
                               from stay st join person p on p.id = st.person_id
                              where st.checked_in_on <= ? and (st.checked_out_on is null or st.checked_out_on > ?)
                              group by st.site_id) o on o.site_id = s.id
                  left join (select u.site_id, count(*) beds from bed b join unit u on u.id = b.unit_id
                              where not b.blocked group by u.site_id) b on b.site_id = s.id
                  left join (select site_id, count(*) arrivals from stay where checked_in_on between ? and ?
                              group by site_id) a on a.site_id = s.id
                  left join (select site_id, count(*) departures from stay where checked_out_on between ? and ?
                              group by site_id) d on d.site_id = s.id
                 where s.active or o.people is not null
                """, snapshotId, adultBound, adultBound, adultBound, day, day,
                period.start(), period.end(), period.start(), period.end());
    }

    /**
     * TB by the site that follows each person (the kept screening state, V16) on the period's last day: due and
     * overdue as the TB list computes them, those whose deadline has passed, of them those screened by it (a
     * completing result tested on or before the due date), and referrals made within the period.
     */
    int takeTb(long snapshotId, ReportPeriod period) {
        TbScreening t = TB_SCREENING;
        LocalDate day = period.end();
        Field<LocalDate> due = tb.dueDate(t.BASIS_DATE);
        String[] completing = Arrays.stream(TbOutcome.values()).filter(TbOutcome::completesScreening)
                .map(Enum::name).toArray(String[]::new);
        var inTime = exists(selectOne().from(TB_RESULT).where(TB_RESULT.PERSON_ID.eq(t.PERSON_ID)
                .and(TB_RESULT.OUTCOME.in(completing)).and(TB_RESULT.TESTED_ON.le(due))));
        Field<Integer> referrals = field(select(count()).from(TB_REFERRAL)
                .join(TB_SCREENING.as("r_screening")).on(TB_SCREENING.as("r_screening").PERSON_ID.eq(TB_REFERRAL.PERSON_ID))
                .where(TB_SCREENING.as("r_screening").SITE_ID.eq(t.SITE_ID))
                .and(TB_REFERRAL.REFERRED_ON.between(period.start(), period.end())));
        return db.insertInto(SNAPSHOT_TB, SNAPSHOT_TB.SNAPSHOT_ID, SNAPSHOT_TB.SITE_ID, SNAPSHOT_TB.DUE,
                        SNAPSHOT_TB.OVERDUE, SNAPSHOT_TB.DEADLINE_PASSED, SNAPSHOT_TB.SCREENED_IN_TIME,
                        SNAPSHOT_TB.REFERRALS)
                .select(select(val(snapshotId), t.SITE_ID,
                        count().filterWhere(tb.statusIn(t, List.of(TbStatus.DUE), day)),
                        count().filterWhere(tb.statusIn(t, List.of(TbStatus.OVERDUE), day)),
                        count().filterWhere(due.lt(val(day))),
                        count().filterWhere(due.lt(val(day)).and(inTime)),
                        referrals)
                        .from(t)
                        .where(tb.followedBy(t, true, List.of()))
                        .groupBy(t.SITE_ID))
                .execute();
    }

    void insertSchool(long snapshotId, List<SiteSchoolCounts> counts) {
        var batch = db.batch(db.query("insert into snapshot_school (snapshot_id, site_id, school_age, enrolled, "
                + "started, started_in_time, late, kindergarten, activity, activity_gap) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", null, null, null, null, null, null, null, null, null, null));
        for (SiteSchoolCounts c : counts) {
            batch.bind(snapshotId, c.siteId(), c.schoolAge(), c.enrolled(), c.started(), c.startedInTime(), c.late(),
                    c.kindergarten(), c.activity(), c.activityGap());
        }
        if (!counts.isEmpty()) {
            batch.execute();
        }
    }

    /** Cases by state, by the site the person stays at on the period's last day; one statement. */
    int takeProtection(long snapshotId, ReportPeriod period, int expiringWithinDays) {
        LocalDate day = period.end();
        return db.execute("""
                insert into snapshot_protection (snapshot_id, site_id, state, cases, days_waiting_sum,
                                                 median_days_waiting, permits_expiring)
                select ?, st.site_id, c.state, count(*), sum(?::date - c.state_since),
                       percentile_cont(0.5) within group (order by ?::date - c.state_since),
                       count(*) filter (where c.state = 'GRANTED' and c.permit_to between ? and ?)
                  from protection_case c
                  join stay st on st.person_id = c.person_id
                   and st.checked_in_on <= ? and (st.checked_out_on is null or st.checked_out_on > ?)
                 where c.registered_on <= ?
                 group by st.site_id, c.state
                """, snapshotId, day, day, day, day.plusDays(expiringWithinDays), day, day, day);
    }

    /** The sums of a family's columns over the sites (all when null); zeros for none. */
    List<Long> sums(String table, List<String> columns, long snapshotId, @Nullable Collection<Long> siteIds) {
        return sums(table, columns, List.of(snapshotId), siteIds).get(snapshotId);
    }

    /** The same sums for each of several snapshots, in one query: by snapshot id, zeros for a snapshot without rows. */
    Map<Long, List<Long>> sums(String table, List<String> columns, Collection<Long> snapshotIds,
                               @Nullable Collection<Long> siteIds) {
        String sums = String.join(", ", columns.stream().map(c -> "coalesce(sum(" + c + "), 0)::bigint").toList());
        Map<Long, List<Long>> found = bySnapshot(db.resultQuery("select snapshot_id, " + sums + " from " + table
                + " where snapshot_id = any(?::bigint[]) and (?::bigint[] is null or site_id = any(?::bigint[]))"
                + " group by snapshot_id", snapshotIds.toArray(Long[]::new), ids(siteIds), ids(siteIds)).fetch());
        return withZeros(found, snapshotIds, columns.size());
    }

    /** Each row's first column is its snapshot id, the rest its sums. */
    static Map<Long, List<Long>> bySnapshot(org.jooq.Result<Record> rows) {
        Map<Long, List<Long>> found = new HashMap<>();
        for (Record r : rows) {
            List<Long> values = new ArrayList<>();
            for (int i = 1; i < r.size(); i++) {
                values.add(r.get(i, Long.class));
            }
            found.put(r.get(0, Long.class), values);
        }
        return found;
    }

    /** Every snapshot asked for, in the order asked: a snapshot with no rows in a family sums to zeros. */
    static Map<Long, List<Long>> withZeros(Map<Long, List<Long>> found, Collection<Long> snapshotIds, int columns) {
        Map<Long, List<Long>> all = new LinkedHashMap<>();
        for (Long id : snapshotIds) {
            all.put(id, found.getOrDefault(id, java.util.Collections.nCopies(columns, 0L)));
        }
        return all;
    }

    List<ProtectionSums> protectionSums(long snapshotId, @Nullable Collection<Long> siteIds) {
        return db.resultQuery("""
                        select state, sum(cases)::bigint, sum(days_waiting_sum)::bigint, sum(permits_expiring)::bigint,
                               case when count(*) = 1 then max(median_days_waiting) end
                          from snapshot_protection
                         where snapshot_id = ? and (?::bigint[] is null or site_id = any(?::bigint[]))
                         group by state order by state""", snapshotId, ids(siteIds), ids(siteIds))
                .fetch(r -> new ProtectionSums(r.get(0, String.class), r.get(1, Long.class), r.get(2, Long.class),
                        r.get(3, Long.class), r.get(4, java.math.BigDecimal.class)));
    }

    record ProtectionSums(String state, long cases, long daysWaiting, long permitsExpiring,
                          java.math.@Nullable BigDecimal median) {
    }

    private static Long @Nullable [] ids(@Nullable Collection<Long> siteIds) {
        return siteIds == null ? null : siteIds.toArray(Long[]::new);
    }

    /** The sites in a county (for a county's scope). */
    List<Long> sitesInCounty(String countyCode) {
        return db.resultQuery("select s.id from site s join municipality m on m.code = s.municipality_code "
                + "where m.county_code = ?", countyCode).fetch(0, Long.class);
    }

    record SnapshotRow(long id, ReportPeriod period, @Nullable String isoWeek, OffsetDateTime takenAt) {
    }
}
