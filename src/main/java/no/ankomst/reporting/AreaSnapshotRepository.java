package no.ankomst.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The snapshot tables kept per municipality and county (V18): settlement and the introduction programme. One
 * set-based statement per family; reading sums the rows of a scope (country: all; county; municipality).
 */
@Repository
class AreaSnapshotRepository {

    private final DSLContext db;

    AreaSnapshotRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The pipeline as it stands (the state is kept for today only), each household where it is counted: in the
     * municipality of its sent or accepted proposal, else in its centre's county; the households settled within the
     * period (all members settled, the last settlement day within it) and whether on or before their target.
     */
    int takeSettlement(long snapshotId, ReportPeriod period) {
        return db.execute("""
                with d as (select ?::date as first_day, ?::date as last_day)
                insert into snapshot_settlement (snapshot_id, county_code, municipality_code, ready, proposed, accepted,
                                                 past_target, settled, settled_persons, settled_in_time,
                                                 minors_settled, minors_in_time)
                select ?, coalesce(m.county_code, h.county_code), p.municipality_code,
                       count(*) filter (where h.state = 'READY'),
                       count(*) filter (where h.state = 'PROPOSED'),
                       count(*) filter (where h.state = 'ACCEPTED'),
                       count(*) filter (where h.state <> 'SETTLED' and h.target_date < d.last_day),
                       count(s.settled_on),
                       coalesce(sum(s.persons), 0),
                       count(*) filter (where s.settled_on <= h.target_date),
                       count(s.settled_on) filter (where h.unaccompanied_minor),
                       count(*) filter (where h.unaccompanied_minor and s.settled_on <= h.target_date)
                  from settlement_household h
                  cross join d
                  left join settlement_proposal p on p.household_id = h.household_id
                   and p.state in ('SENT', 'ACCEPTED')
                  left join municipality m on m.code = p.municipality_code
                  left join lateral (
                        select max(sm.settlement_date) as settled_on, count(*) as persons
                          from settlement_member sm
                         where sm.proposal_id = p.id
                        having bool_and(sm.settled_at is not null)
                           and max(sm.settlement_date) between d.first_day and d.last_day) s
                    on h.state = 'SETTLED'
                 group by 2, 3
                """, period.start(), period.end(), snapshotId);
    }

    /** Programme rights by municipality on the period's last day, from the days of each step (not today's state). */
    int takeIntroduction(long snapshotId, ReportPeriod period) {
        return db.execute("""
                with d as (select ?::date as last_day)
                insert into snapshot_introduction (snapshot_id, county_code, municipality_code, eligible, started,
                                                   start_due, started_in_time, late, declined)
                select ?, m.county_code, r.municipality_code,
                       count(*),
                       count(*) filter (where r.started_on <= d.last_day),
                       count(*) filter (where (r.declined_on is null or r.declined_on > d.last_day)
                                          and (r.start_by < d.last_day or r.started_on <= d.last_day)),
                       count(*) filter (where r.started_on <= least(r.start_by, d.last_day)),
                       count(*) filter (where r.start_by < d.last_day
                                          and (r.started_on is null or r.started_on > d.last_day)
                                          and (r.declined_on is null or r.declined_on > d.last_day)),
                       count(*) filter (where r.declined_on <= d.last_day)
                  from introduction_right r
                  join municipality m on m.code = r.municipality_code
                  cross join d
                 where r.arose_on <= d.last_day
                 group by m.county_code, r.municipality_code
                """, period.end(), snapshotId);
    }

    /** A family's columns summed over a scope's rows: all for the country, else one county's or municipality's. */
    List<Long> sums(String table, List<String> columns, long snapshotId, ReportScope scope) {
        return sums(table, columns, List.of(snapshotId), scope).get(snapshotId);
    }

    /** The same sums for each of several snapshots, in one query: by snapshot id, zeros for a snapshot without rows. */
    Map<Long, List<Long>> sums(String table, List<String> columns, Collection<Long> snapshotIds, ReportScope scope) {
        String sums = String.join(", ", columns.stream().map(c -> "coalesce(sum(" + c + "), 0)::bigint").toList());
        String where = switch (scope.kind()) {
            case COUNTRY -> "?::text is null";
            case COUNTY -> "county_code = ?";
            case MUNICIPALITY -> "municipality_code = ?";
            case SITE -> throw new IllegalArgumentException("kept per municipality, not per site");
        };
        Map<Long, List<Long>> found = SnapshotRepository.bySnapshot(db.resultQuery("select snapshot_id, " + sums
                + " from " + table + " where snapshot_id = any(?::bigint[]) and " + where + " group by snapshot_id",
                snapshotIds.toArray(Long[]::new), scope.id()).fetch());
        return SnapshotRepository.withZeros(found, snapshotIds, columns.size());
    }

    /** A municipality's name. */
    java.util.Optional<String> municipalityName(String code) {
        return db.resultQuery("select name from municipality where code = ?", code).fetchOptional(0, String.class);
    }

    /** The counties, by number (a manager's county scopes). */
    List<String> counties() {
        return db.resultQuery("select code from county order by code").fetch(0, String.class);
    }
}
