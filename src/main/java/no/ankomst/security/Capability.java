package no.ankomst.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do at all, before scope: which people (staying at the user's site now, proposed to the
 * coordinator's municipality) is the scope's business. The one table of role → action, asked by services
 * (which refuse, {@link Permissions#require}) and views (which hide, {@link Permissions#may}; routes declare
 * theirs with {@link RouteCapability}), so the two never disagree. Never compare roles by hand.
 *
 * <table>
 * <caption>role → capability</caption>
 * <tr><th>capability</th><th>ADMIN</th><th>MANAGER</th><th>CENTRE_STAFF</th><th>HEALTH_STAFF</th><th>COORDINATOR</th><th>OFFICER</th></tr>
 * <tr><td>READ_RESIDENTS, READ_OCCUPANCY</td><td>x</td><td>x</td><td>x</td><td>x</td><td></td><td></td></tr>
 * <tr><td><i>change residents:</i> REGISTER, IMPORT, EDIT_RESIDENT, MERGE, CHANGE_STAYS, MANAGE_UNITS</td>
 *     <td>x</td><td></td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td><i>protection:</i> SCREEN, WORK_CASES</td><td>x</td><td></td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td>READ_PROTECTION</td><td>x</td><td>x</td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td>READ_HEALTH</td><td></td><td></td><td></td><td>x</td><td></td><td></td></tr>
 * <tr><td>RECORD_HEALTH</td><td></td><td></td><td></td><td>x</td><td></td><td></td></tr>
 * <tr><td>BOOK_SCREENING</td><td>x</td><td></td><td>x</td><td>x</td><td></td><td></td></tr>
 * <tr><td>MANAGE_CLINICS</td><td>x</td><td></td><td></td><td>x</td><td></td><td></td></tr>
 * <tr><td>READ_SCHOOLING</td><td>x</td><td>x</td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td>RECORD_SCHOOLING</td><td>x</td><td></td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td>READ_SETTLEMENT</td><td>x</td><td>x</td><td>x</td><td></td><td>x</td><td>x</td></tr>
 * <tr><td>READ_SETTLEMENT_PIPELINE</td><td>x</td><td>x</td><td>x</td><td></td><td></td><td>x</td></tr>
 * <tr><td>READ_SETTLEMENT_QUOTAS</td><td>x</td><td>x</td><td></td><td></td><td>x</td><td>x</td></tr>
 * <tr><td>RECORD_SETTLEMENT_REQUEST, RUN_MATCHING, SEND_PROPOSALS</td><td></td><td></td><td></td><td></td><td></td><td>x</td></tr>
 * <tr><td>DECIDE_SETTLEMENT</td><td></td><td></td><td></td><td></td><td>x</td><td></td></tr>
 * <tr><td>HOLD_SETTLEMENT_INTERVIEW</td><td>x</td><td></td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td>CHANGE_SETTLEMENT</td><td>x</td><td></td><td></td><td></td><td>x</td><td></td></tr>
 * <tr><td>READ_INTRODUCTION</td><td></td><td>x</td><td></td><td></td><td>x</td><td></td></tr>
 * <tr><td>CHANGE_INTRODUCTION</td><td></td><td></td><td></td><td></td><td>x</td><td></td></tr>
 * <tr><td>RUN_REPORTS</td><td>x</td><td>x</td><td></td><td></td><td></td><td></td></tr>
 * <tr><td>READ_REPORTS</td><td></td><td>x</td><td>x</td><td></td><td>x</td><td></td></tr>
 * <tr><td>WRITE_LETTERS</td><td></td><td></td><td>x</td><td>x</td><td>x</td><td>x</td></tr>
 * <tr><td>ADMINISTER</td><td>x</td><td></td><td></td><td></td><td></td><td></td></tr>
 * <tr><td><i>worklists:</i> FOLLOW_BEDLESS</td><td></td><td></td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td><i>worklists:</i> FOLLOW_PERMITS</td><td></td><td>x</td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td><i>worklists:</i> FOLLOW_TB</td><td></td><td></td><td>x</td><td>x</td><td></td><td></td></tr>
 * <tr><td><i>worklists:</i> FOLLOW_SETTLEMENT</td><td></td><td></td><td>x</td><td></td><td></td><td>x</td></tr>
 * <tr><td><i>worklists:</i> FOLLOW_SCHOOLING</td><td></td><td></td><td>x</td><td></td><td></td><td></td></tr>
 * <tr><td><i>worklists:</i> FOLLOW_INTRODUCTION</td><td></td><td></td><td></td><td></td><td>x</td><td></td></tr>
 * </table>
 * Health data is read by health staff and (as figures) managers only: not administrators, not centre staff
 * (DOMAIN.md "Who uses it"); the health feature audits every such read.
 */
public enum Capability {
    /** Find and read residents, their households, documents, stays and history (within scope). */
    READ_RESIDENTS(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF, Role.HEALTH_STAFF),
    /** Read occupancy of sites, units and beds, and planned arrivals (within scope). */
    READ_OCCUPANCY(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF, Role.HEALTH_STAFF),
    /** Change residents: register a person, add a household member. */
    REGISTER(Role.ADMIN, Role.CENTRE_STAFF),
    /** Change residents: import a registration list. */
    IMPORT(Role.ADMIN, Role.CENTRE_STAFF),
    /** Change residents: edit a person, their documents, registrations and household. */
    EDIT_RESIDENT(Role.ADMIN, Role.CENTRE_STAFF),
    /** Change residents: merge two records of one person. */
    MERGE(Role.ADMIN, Role.CENTRE_STAFF),
    /** Change residents: check in, move and check out; plan arrivals. */
    CHANGE_STAYS(Role.ADMIN, Role.CENTRE_STAFF),
    /** Set up units and beds of a site, block and unblock beds. */
    MANAGE_UNITS(Role.ADMIN, Role.CENTRE_STAFF),
    /** Save an eligibility screening for protection. */
    SCREEN(Role.ADMIN, Role.CENTRE_STAFF),
    /** Open a protection case and record its changes (transitions, grant, renewal). */
    WORK_CASES(Role.ADMIN, Role.CENTRE_STAFF),
    /** Read protection screenings and cases: not health staff, not settlement coordinators. */
    READ_PROTECTION(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF),
    /**
     * Read health results (TB test results, referrals; every read audited): health staff only. Others, managers
     * included, see "done / due / overdue" through the residents' own reads (DOMAIN.md, journey step 3).
     */
    READ_HEALTH(Role.HEALTH_STAFF),
    /** Record health results (TB test, X-ray, referral). */
    RECORD_HEALTH(Role.HEALTH_STAFF),
    /**
     * Book, rebook and cancel TB screening appointments and record a referral to the municipal health service
     * (within scope). A booking is not health data: centre staff tell residents where and when.
     */
    BOOK_SCREENING(Role.ADMIN, Role.CENTRE_STAFF, Role.HEALTH_STAFF),
    /** Set up a site's screening clinic: capacity per day and test type (health staff for their sites). */
    MANAGE_CLINICS(Role.ADMIN, Role.HEALTH_STAFF),
    /** Read school and kindergarten needs, enrolments, applications and activity (within scope). */
    READ_SCHOOLING(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF),
    /** Record enrolments, kindergarten applications and places, and activity participation. */
    RECORD_SCHOOLING(Role.ADMIN, Role.CENTRE_STAFF),
    /** Read settlement requests, proposals and handovers (within scope). */
    READ_SETTLEMENT(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF, Role.SETTLEMENT_COORDINATOR,
            Role.SETTLEMENT_OFFICER),
    /**
     * Read the settlement pipeline: households waiting for a permit, an interview, a proposal, and their target
     * dates (officers their counties, centre staff their sites, managers and administrators all).
     */
    READ_SETTLEMENT_PIPELINE(Role.ADMIN, Role.MANAGER, Role.CENTRE_STAFF, Role.SETTLEMENT_OFFICER),
    /**
     * Read municipalities' yearly requests, council decisions and what is left (officers their counties,
     * coordinators their municipality, managers and administrators all).
     */
    READ_SETTLEMENT_QUOTAS(Role.ADMIN, Role.MANAGER, Role.SETTLEMENT_COORDINATOR, Role.SETTLEMENT_OFFICER),
    /** Record a municipality's yearly settlement request (the officer, for municipalities of their counties). */
    RECORD_SETTLEMENT_REQUEST(Role.SETTLEMENT_OFFICER),
    /** Run the matching of ready households to municipalities over the officer's counties. */
    RUN_MATCHING(Role.SETTLEMENT_OFFICER),
    /** Draft, override (with a reason), send and withdraw proposals (the officer, within their counties). */
    SEND_PROPOSALS(Role.SETTLEMENT_OFFICER),
    /**
     * The municipality's decisions (the coordinator, own municipality only): the council's decision, dwellings
     * and services on offer, accepting or declining proposals, settlement dates.
     */
    DECIDE_SETTLEMENT(Role.SETTLEMENT_COORDINATOR),
    /** Hold and edit the settlement interview of a household staying at one's site. */
    HOLD_SETTLEMENT_INTERVIEW(Role.ADMIN, Role.CENTRE_STAFF),
    /** Answer and change settlement proposals. */
    CHANGE_SETTLEMENT(Role.ADMIN, Role.SETTLEMENT_COORDINATOR),
    /**
     * Read rights to the introduction programme and how participation goes: a coordinator for their municipality,
     * managers everywhere. Not administrators or centre staff: the programme is the municipality's business.
     */
    READ_INTRODUCTION(Role.MANAGER, Role.SETTLEMENT_COORDINATOR),
    /** Offer, start, pause, complete or decline the programme and set its content (the coordinator's municipality). */
    CHANGE_INTRODUCTION(Role.SETTLEMENT_COORDINATOR),
    /** Run and read the weekly reports. */
    RUN_REPORTS(Role.ADMIN, Role.MANAGER),
    /**
     * Read and download the weekly reports: managers everything, centre staff their sites' reports, settlement
     * coordinators their municipality's (settlement and programme figures only; reporting.ReportService checks).
     */
    READ_REPORTS(Role.MANAGER, Role.CENTRE_STAFF, Role.SETTLEMENT_COORDINATOR),
    /**
     * Produce letters to residents (PDF, in their language). Each letter also needs its feature's capability and
     * reach: the TB appointment notice {@link #BOOK_SCREENING}, the school letter {@link #RECORD_SCHOOLING}, the
     * settlement notice {@link #READ_SETTLEMENT}, the introduction-programme offer {@link #READ_INTRODUCTION}.
     * Front-line work: not administrators, not managers.
     */
    WRITE_LETTERS(Role.CENTRE_STAFF, Role.HEALTH_STAFF, Role.SETTLEMENT_COORDINATOR, Role.SETTLEMENT_OFFICER),
    /** Users, sites, municipalities, settings, the audit trail. */
    ADMINISTER(Role.ADMIN),
    /** Is expected to follow up residents without a bed (a home-page worklist). */
    FOLLOW_BEDLESS(Role.CENTRE_STAFF),
    /** Is expected to follow up expired and expiring permits (a home-page worklist). */
    FOLLOW_PERMITS(Role.CENTRE_STAFF, Role.MANAGER),
    /**
     * Is expected to follow up TB screenings due and overdue (a home-page worklist); the lines about results
     * (pending, suspected active) are for those who also {@link #READ_HEALTH}.
     */
    FOLLOW_TB(Role.CENTRE_STAFF, Role.HEALTH_STAFF),
    /** Is expected to follow up children past or near their school start-by date, and kindergarten gaps. */
    FOLLOW_SCHOOLING(Role.CENTRE_STAFF),
    /** Is expected to follow up programme starts that are late or near late (a home-page worklist). */
    FOLLOW_INTRODUCTION(Role.SETTLEMENT_COORDINATOR),
    /** Is expected to follow up households past or near their settlement target date (a home-page worklist). */
    FOLLOW_SETTLEMENT(Role.SETTLEMENT_OFFICER, Role.CENTRE_STAFF);

    private final Set<Role> roles;

    Capability(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** The roles that have this capability, e.g. for a route's {@code @RolesAllowed}. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
