package no.ankomst.residents;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ankomst.accommodation.StayService;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentMergeRepository.Membership;
import no.ankomst.residents.ResidentMergeRepository.OpenStay;
import no.ankomst.residents.ResidentRecords.MergeComparison;
import no.ankomst.residents.ResidentRecords.MergeRequest;
import no.ankomst.residents.ResidentRecords.ResidentDetail;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import no.ankomst.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person. The duplicate is not deleted: it is marked as merged into the
 * survivor, drops out of lists and searches, and its URL leads to the survivor. Its documents and
 * police registrations move to the survivor; its stays move too, except those sharing days with the
 * survivor's (they stay with the duplicate, shown as history on the survivor); when only the duplicate
 * lived with family, the survivor takes its place in that household; its identity number
 * moves when the survivor has none and otherwise stays with the duplicate as history. The survivor's
 * own values are kept; only what it lacks is filled in.
 *
 * <p>Refused, before anything is written: both records have an open stay (one person sleeps in one
 * place: check the duplicate's stay out first); the duplicate's open stay shares days with the
 * survivor's stays (keep the record with the open stay); both records live with other people in two
 * different households (move one record into the other's household first, so the family stays right).
 *
 * <p>Other features' rows of the duplicate (protection case, screenings, ...) move, or refuse the merge,
 * through their {@link MergeParticipant}s, in the same transaction: nothing of the duplicate is lost. Reactions
 * after the fact, which cannot refuse, listen to {@link ResidentsMerged} instead (durable, after the commit).
 *
 * <p>Administrators and centre staff merge two records they can see, at least one of which they may change
 * ({@link ResidentAccess}: staying at their site now; the other, by the rules above, stays nowhere now).
 */
@Service
public class ResidentMergeService {

    private final ResidentDetailRepository residents;
    private final ResidentMergeRepository merging;
    private final StayService stays;
    private final Permissions permissions;
    private final ObjectProvider<MergeParticipant> participants;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentMergeService(ResidentDetailRepository residents, ResidentMergeRepository merging, StayService stays,
                         Permissions permissions, ObjectProvider<MergeParticipant> participants, AuditService audit,
                         ApplicationEventPublisher events, Clock clock) {
        this.residents = residents;
        this.merging = merging;
        this.stays = stays;
        this.permissions = permissions;
        this.participants = participants;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Both records side by side, with what would refuse merging them either way round. */
    @Transactional(readOnly = true)
    public MergeComparison compare(long firstId, long secondId) {
        Scope scope = requireMayMerge(firstId, secondId);
        ResidentDetail first = residents.detail(scope, firstId, true).orElseThrow();
        ResidentDetail second = residents.detail(scope, secondId, true).orElseThrow();
        Violations refusals = new Violations();
        checkPair(refusals, firstId, secondId);
        checkParticipants(refusals, secondId, firstId);
        return new MergeComparison(first, second, refusals.all());
    }

    @Transactional
    public void merge(MergeRequest request) {
        long survivor = request.survivorId();
        long merged = request.mergedId();
        if (survivor == merged) {
            throw ValidationException.of("merge", "validation.merge.same");
        }
        requireMayMerge(survivor, merged);
        // claimed in id order, so two merges of overlapping pairs cannot deadlock
        boolean survivorFirst = survivor < merged;
        claim(survivorFirst ? survivor : merged, survivorFirst ? request.survivorVersion() : request.mergedVersion());
        claim(survivorFirst ? merged : survivor, survivorFirst ? request.mergedVersion() : request.survivorVersion());
        Violations violations = new Violations();
        checkPair(violations, survivor, merged);
        if (merging.openStay(survivor).isEmpty()) {
            // (both open is refused above already; this is the duplicate's open stay meeting closed ones)
            violations.check(!merging.openStayOverlaps(merged, survivor), "stays", "validation.merge.openStayOverlaps");
        }
        checkParticipants(violations, merged, survivor);
        violations.throwIfAny();

        Membership survivorHousehold = merging.membership(survivor);
        Membership mergedHousehold = merging.membership(merged);
        var now = clock.instant();
        merging.markMerged(merged, survivor, now);
        if (survivorHousehold.householdId() == mergedHousehold.householdId()) {
            if (mergedHousehold.relation() == Relation.HEAD) {
                merging.makeHead(survivor);
            }
        } else if (merging.otherMembers(mergedHousehold.householdId(), merged) > 0) {
            // the duplicate was the one in the family (the survivor alone): the survivor takes its place
            merging.takeMembership(survivor, merged);
        }
        List<String> filledIn = merging.takeOverBlanks(survivor, merged, now);
        int documents = merging.moveDocuments(merged, survivor);
        int registrations = merging.moveRegistrations(merged, survivor);
        int movedStays = stays.moveStaysOfMergedPerson(merged, survivor);
        String others = participants.orderedStream().map(participant -> participant.move(merged, survivor))
                .filter(moved -> !moved.isEmpty()).map(moved -> ", " + moved).collect(Collectors.joining());
        audit.record(AuditAction.RESIDENTS_MERGED, ResidentService.ENTITY, survivor, "merged person " + merged
                + " into person " + survivor + ": moved " + documents + " documents, " + registrations
                + " police registrations, " + movedStays + " stays" + others
                + (filledIn.isEmpty() ? "" : "; filled in " + String.join(", ", filledIn)));
        events.publishEvent(new ResidentsMerged(survivor, merged));
    }

    /** The rules that do not depend on which record survives. */
    private void checkPair(Violations violations, long oneId, long otherId) {
        Optional<OpenStay> one = merging.openStay(oneId);
        Optional<OpenStay> other = merging.openStay(otherId);
        if (one.isPresent() && other.isPresent()) {
            violations.add("stays", "validation.merge.bothOpen", one.get().siteName(), other.get().siteName());
        }
        Membership oneHousehold = merging.membership(oneId);
        Membership otherHousehold = merging.membership(otherId);
        if (oneHousehold.householdId() != otherHousehold.householdId()
                && merging.otherMembers(oneHousehold.householdId(), oneId) > 0
                && merging.otherMembers(otherHousehold.householdId(), otherId) > 0) {
            violations.add("household", "validation.merge.householdMembers");
        }
    }

    /** What other features' rows of the duplicate would refuse (two open protection cases, ...). */
    private void checkParticipants(Violations violations, long mergedId, long survivorId) {
        participants.orderedStream().forEach(participant -> participant.check(mergedId, survivorId)
                .ifPresent(refusal -> violations.add(refusal.field(), refusal.ruleKey(), refusal.args().toArray())));
    }

    private Scope requireMayMerge(long oneId, long otherId) {
        Scope scope = permissions.require(Capability.MERGE);
        if (residents.merged(oneId) || residents.merged(otherId)) {
            throw ValidationException.of("person", "validation.person.merged");
        }
        boolean allowed = residents.visible(scope, oneId) && residents.visible(scope, otherId)
                && (residents.editable(scope, oneId) || residents.editable(scope, otherId));
        if (!allowed) {
            throw new AccessDeniedException("persons " + oneId + " and " + otherId + " may not be merged by this user");
        }
        return scope;
    }

    private void claim(long id, int version) {
        if (!merging.claim(id, version)) {
            throw new ConflictException(ResidentService.ENTITY, id);
        }
    }
}
