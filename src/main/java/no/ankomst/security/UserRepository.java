package no.ankomst.security;

import static no.ankomst.db.Tables.APP_USER;
import static no.ankomst.db.Tables.COUNTY;
import static no.ankomst.db.Tables.LOGIN_THROTTLE;
import static no.ankomst.db.Tables.MUNICIPALITY;
import static no.ankomst.db.Tables.SITE;
import static no.ankomst.db.Tables.USER_COUNTY;
import static no.ankomst.db.Tables.USER_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.base.PageRequest;
import no.ankomst.base.database.SortAndSeek;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.ScopeOption;
import no.ankomst.security.UserRecords.UserChange;
import no.ankomst.security.UserRecords.UserDetail;
import no.ankomst.security.UserRecords.UserFilter;
import no.ankomst.security.UserRecords.UserRow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "username", APP_USER.USERNAME,
            "fullName", APP_USER.FULL_NAME,
            "role", APP_USER.ROLE,
            "active", APP_USER.ACTIVE);

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    Optional<SignedInUser> findForLogin(String username) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.ROLE,
                        APP_USER.MUNICIPALITY_CODE, APP_USER.LOCALE, APP_USER.ACTIVE, APP_USER.VERSION,
                        APP_USER.PASSWORD_HASH, siteIds(), scopeNames(), countyCodes())
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new SignedInUser(r.value1(), r.value2(), r.value3(),
                        new Scope(Role.valueOf(r.value4()), r.value10(), r.value5(), r.value12()), r.value11(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** The version of an active account; empty for a deactivated or removed one. */
    Optional<Integer> activeVersion(long id) {
        return db.select(APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(id).and(APP_USER.ACTIVE))
                .fetchOptional(APP_USER.VERSION);
    }

    List<UserRow> page(UserFilter filter, PageRequest page, Instant now) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.ROLE, APP_USER.ACTIVE,
                        scopeNames(), field(lockedAt(now)))
                .from(APP_USER)
                .where(matching(filter, now))
                .orderBy(SortAndSeek.by(page.sort(), SORTABLE, APP_USER.USERNAME).orderBy())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new UserRow(r.value1(), r.value2(), r.value3(), Role.valueOf(r.value4()), r.value5(),
                        r.value6(), r.value7()));
    }

    int count(UserFilter filter, Instant now) {
        return db.fetchCount(APP_USER, matching(filter, now));
    }

    Optional<UserDetail> find(long id) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.ROLE, siteIds(),
                        APP_USER.MUNICIPALITY_CODE, APP_USER.ACTIVE, APP_USER.VERSION, countyCodes())
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new UserDetail(r.value1(), r.value2(), r.value3(), Role.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    boolean usernameExists(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    long insert(NewUser user, Role role, String passwordHash, Instant now) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.FULL_NAME, user.fullName().strip())
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.MUNICIPALITY_CODE, user.municipalityCode())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        replaceSites(id, user.siteIds());
        replaceCounties(id, user.countyCodes());
        return id;
    }

    /** @return false if the row changed since {@code version} was read */
    boolean update(UserChange change, Role role, Instant now) {
        int rows = db.update(APP_USER)
                .set(APP_USER.FULL_NAME, change.fullName().strip())
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.MUNICIPALITY_CODE, change.municipalityCode())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(change.id()).and(APP_USER.VERSION.eq(change.version())))
                .execute();
        if (rows == 1) {
            replaceSites(change.id(), change.siteIds());
            replaceCounties(change.id(), change.countyCodes());
        }
        return rows == 1;
    }

    boolean setActive(long id, int version, boolean active, Instant now) {
        return db.update(APP_USER)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute() == 1;
    }

    boolean setPassword(long id, int version, String passwordHash, Instant now) {
        return db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute() == 1;
    }

    void setLocale(long id, String locale) {
        db.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.ID.eq(id)).execute();
    }

    List<ScopeOption> siteOptions() {
        return db.select(SITE.ID, SITE.NAME).from(SITE).where(SITE.ACTIVE).orderBy(SITE.NAME)
                .fetch(r -> new ScopeOption(String.valueOf(r.value1()), r.value2()));
    }

    List<ScopeOption> municipalityOptions() {
        return db.select(MUNICIPALITY.CODE, MUNICIPALITY.NAME).from(MUNICIPALITY).orderBy(MUNICIPALITY.NAME)
                .fetch(r -> new ScopeOption(r.value1(), r.value2()));
    }

    List<ScopeOption> countyOptions() {
        return db.select(COUNTY.CODE, COUNTY.NAME).from(COUNTY).orderBy(COUNTY.NAME)
                .fetch(r -> new ScopeOption(r.value1(), r.value2()));
    }

    Set<String> existingCountyCodes(Set<String> codes) {
        return db.select(COUNTY.CODE).from(COUNTY).where(COUNTY.CODE.in(codes)).fetchSet(COUNTY.CODE);
    }

    Set<Long> existingSiteIds(Set<Long> ids) {
        return db.select(SITE.ID).from(SITE).where(SITE.ID.in(ids)).fetchSet(SITE.ID);
    }

    boolean municipalityExists(String code) {
        return db.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(code));
    }

    private void replaceSites(long userId, Set<Long> siteIds) {
        db.deleteFrom(USER_SITE).where(USER_SITE.USER_ID.eq(userId)).execute();
        if (!siteIds.isEmpty()) {
            var insert = db.insertInto(USER_SITE, USER_SITE.USER_ID, USER_SITE.SITE_ID);
            for (long siteId : siteIds) {
                insert = insert.values(userId, siteId);
            }
            insert.execute();
        }
    }

    private void replaceCounties(long userId, Set<String> countyCodes) {
        db.deleteFrom(USER_COUNTY).where(USER_COUNTY.USER_ID.eq(userId)).execute();
        if (!countyCodes.isEmpty()) {
            var insert = db.insertInto(USER_COUNTY, USER_COUNTY.USER_ID, USER_COUNTY.COUNTY_CODE);
            for (String code : countyCodes) {
                insert = insert.values(userId, code);
            }
            insert.execute();
        }
    }

    private static Field<Set<String>> countyCodes() {
        return multiset(select(USER_COUNTY.COUNTY_CODE).from(USER_COUNTY).where(USER_COUNTY.USER_ID.eq(APP_USER.ID)))
                .convertFrom(r -> r.stream().map(Record1::value1).collect(Collectors.toUnmodifiableSet()));
    }

    private static Field<Set<Long>> siteIds() {
        return multiset(select(USER_SITE.SITE_ID).from(USER_SITE).where(USER_SITE.USER_ID.eq(APP_USER.ID)))
                .convertFrom(r -> r.stream().map(Record1::value1).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Site names for staff, the municipality's name for a coordinator, county names for a settlement officer;
     * empty for everyone else.
     */
    private static Field<List<String>> scopeNames() {
        return multiset(
                select(SITE.NAME).from(USER_SITE).join(SITE).on(SITE.ID.eq(USER_SITE.SITE_ID))
                        .where(USER_SITE.USER_ID.eq(APP_USER.ID))
                        .unionAll(select(coalesce(MUNICIPALITY.NAME, "")).from(MUNICIPALITY)
                                .where(MUNICIPALITY.CODE.eq(APP_USER.MUNICIPALITY_CODE)))
                        .unionAll(select(COUNTY.NAME).from(USER_COUNTY).join(COUNTY)
                                .on(COUNTY.CODE.eq(USER_COUNTY.COUNTY_CODE))
                                .where(USER_COUNTY.USER_ID.eq(APP_USER.ID))))
                .convertFrom(r -> r.stream().map(Record1::value1).sorted().toList());
    }

    /** Locked for at least one client address after failed logins (see LoginThrottle). */
    private static Condition lockedAt(Instant now) {
        return exists(selectOne().from(LOGIN_THROTTLE).where(LOGIN_THROTTLE.USERNAME.eq(APP_USER.USERNAME)
                .and(LOGIN_THROTTLE.LOCKED_UNTIL.gt(now)))).and(APP_USER.ACTIVE);
    }

    private static Condition matching(UserFilter filter, Instant now) {
        Condition condition = noCondition();
        String text = filter.text().strip();
        if (!text.isEmpty()) {
            String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(APP_USER.USERNAME.like(pattern).or(lower(APP_USER.FULL_NAME).like(pattern)));
        }
        Role role = filter.role();
        if (role != null) {
            condition = condition.and(APP_USER.ROLE.eq(role.name()));
        }
        if (!filter.includeInactive()) {
            condition = condition.and(APP_USER.ACTIVE);
        }
        if (filter.lockedOnly()) {
            condition = condition.and(lockedAt(now));
        }
        return condition;
    }
}
