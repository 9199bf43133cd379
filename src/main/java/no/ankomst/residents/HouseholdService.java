package no.ankomst.residents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.audit.AuditAction;
import no.ankomst.audit.AuditService;
import no.ankomst.base.ConflictException;
import no.ankomst.base.Violations;
import no.ankomst.residents.HouseholdRepository.Member;
import no.ankomst.residents.ResidentRecords.HeadChange;
import no.ankomst.residents.ResidentRecords.MemberMove;
import no.ankomst.security.Capability;
import no.ankomst.security.Permissions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which household and who heads it. A household with members always has exactly one
 * head (the database checks it at commit); every relation is to that head, so a new head means the
 * relations are said again, confirmed by the user. Administrators, and centre staff of a site where a
 * member stays now, make the changes; each is audited and guarded by the household's version.
 */
@Service
public class HouseholdService {

    static final String ENTITY = "household";

    private final HouseholdRepository repository;
    private final ResidentAccess access;
    private final Permissions permissions;
    private final AuditService audit;

    HouseholdService(HouseholdRepository repository, ResidentAccess access, Permissions permissions,
                     AuditService audit) {
        this.repository = repository;
        this.access = access;
        this.permissions = permissions;
        this.audit = audit;
    }

    @Transactional
    public void changeHead(HeadChange change) {
        requireEditable(change.householdId());
        // the new head must be someone the user may change: staying at their site now
        access.requireChangeable(Capability.EDIT_RESIDENT, change.newHeadId());
        claim(change.householdId(), change.householdVersion());
        List<Member> members = repository.members(change.householdId());
        Violations violations = new Violations();
        checkHeadChange(violations, members, change);
        violations.throwIfAny();
        long oldHead = applyHeadChange(members, change);
        audit.record(AuditAction.HOUSEHOLD_HEAD_CHANGED, ENTITY, change.householdId(), "person " + change.newHeadId()
                + " heads the household instead of person " + oldHead + "; relations of "
                + (members.size() - 1) + " members confirmed");
    }

    /**
     * Moves a person into another household. A head who leaves members behind names their new head in
     * the same action ({@link MemberMove#remainingHead()}), so no household is ever left without one.
     */
    @Transactional
    public void moveMember(MemberMove move) {
        access.requireChangeable(Capability.EDIT_RESIDENT, move.personId());
        long from = repository.householdOf(move.personId())
                .orElseThrow(() -> new ConflictException(ResidentService.ENTITY, move.personId()));
        requireEditable(move.toHouseholdId());
        Violations violations = new Violations();
        violations.check(from != move.toHouseholdId(), "household", "validation.household.same");
        violations.check(move.relation() != null, "relation", "validation.required");
        violations.throwIfAny();
        // claimed in id order, so two moves between the same two households cannot deadlock
        if (from < move.toHouseholdId()) {
            claim(from, move.fromHouseholdVersion());
            claim(move.toHouseholdId(), move.toHouseholdVersion());
        } else {
            claim(move.toHouseholdId(), move.toHouseholdVersion());
            claim(from, move.fromHouseholdVersion());
        }
        List<Member> left = repository.members(from);
        Member mover = left.stream().filter(m -> m.personId() == move.personId()).findFirst()
                .orElseThrow(() -> new ConflictException(ENTITY, from));
        List<Member> remaining = left.stream().filter(m -> m != mover).toList();
        boolean headLeaves = mover.relation() == Relation.HEAD && !remaining.isEmpty();
        HeadChange remainingHead = move.remainingHead();
        if (headLeaves && remainingHead == null) {
            violations.add("newHead", "validation.household.headLeaves");
        } else if (headLeaves) {
            access.requireChangeable(Capability.EDIT_RESIDENT, remainingHead.newHeadId());
            checkHeadChange(violations, remaining, remainingHead);
        }
        boolean targetEmpty = repository.members(move.toHouseholdId()).isEmpty();
        // an empty household (its members all merged or moved away) is headed by whoever joins it
        Relation relation = targetEmpty ? Relation.HEAD : move.relation();
        violations.check(relation != Relation.HEAD || targetEmpty, "relation", "validation.household.twoHeads");
        violations.throwIfAny();

        repository.moveTo(move.personId(), move.toHouseholdId(), relation, move.sharedHouseholdBefore2022());
        audit.record(AuditAction.HOUSEHOLD_MEMBER_MOVED, ResidentService.ENTITY, move.personId(),
                "moved from household " + from + " to household " + move.toHouseholdId() + " as " + relation);
        if (headLeaves) {
            applyHeadChange(remaining, remainingHead);
            audit.record(AuditAction.HOUSEHOLD_HEAD_CHANGED, ENTITY, from, "person " + remainingHead.newHeadId()
                    + " heads the household after person " + move.personId() + " moved out; relations of "
                    + (remaining.size() - 1) + " members confirmed");
        }
    }

    /** Relations that follow plainly from a new head, for the user to confirm (person id → relation or empty). */
    @Transactional(readOnly = true)
    public Map<Long, Optional<Relation>> proposedRelations(long householdId, long newHeadId) {
        List<Member> members = repository.members(householdId);
        Relation newHeadWas = members.stream().filter(m -> m.personId() == newHeadId).map(Member::relation)
                .findFirst().orElse(Relation.OTHER);
        return members.stream().filter(m -> m.personId() != newHeadId).collect(Collectors.toMap(Member::personId,
                m -> Optional.ofNullable(RelationProposals.relativeToNewHead(newHeadWas, m.relation()))));
    }

    /** Every other member needs a relation to the new head, none of them HEAD; nobody outside the household. */
    private static void checkHeadChange(Violations violations, List<Member> members, HeadChange change) {
        Set<Long> ids = members.stream().map(Member::personId).collect(Collectors.toSet());
        violations.check(ids.contains(change.newHeadId()), "newHead", "validation.household.notMember");
        boolean alreadyHead = members.stream()
                .anyMatch(m -> m.personId() == change.newHeadId() && m.relation() == Relation.HEAD);
        violations.check(!alreadyHead, "newHead", "validation.household.alreadyHead");
        for (Member member : members) {
            if (member.personId() == change.newHeadId()) {
                continue;
            }
            @Nullable Relation relation = change.relations().get(member.personId());
            String field = "relations." + member.personId();
            violations.check(relation != null, field, "validation.required");
            violations.check(relation != Relation.HEAD, field, "validation.household.twoHeads");
        }
        change.relations().keySet().stream().filter(id -> !ids.contains(id) || id == change.newHeadId())
                .forEach(id -> violations.add("relations." + id, "validation.household.notMember"));
    }

    /** @return the person who headed the household before (0 when nobody did) */
    private long applyHeadChange(List<Member> members, HeadChange change) {
        long oldHead = 0;
        // the old head steps down before the new one steps up: the one-head index is checked row by row
        for (Member member : members) {
            if (member.relation() == Relation.HEAD) {
                oldHead = member.personId();
                repository.setRelation(member.personId(), change.relations().get(member.personId()));
            }
        }
        for (Member member : members) {
            Relation relation = change.relations().get(member.personId());
            if (member.relation() != Relation.HEAD && member.personId() != change.newHeadId()
                    && relation != member.relation()) {
                repository.setRelation(member.personId(), relation);
            }
        }
        repository.setRelation(change.newHeadId(), Relation.HEAD);
        return oldHead;
    }

    private void claim(long householdId, int version) {
        if (!repository.claim(householdId, version)) {
            throw new ConflictException(ENTITY, householdId);
        }
    }

    private void requireEditable(long householdId) {
        if (!repository.editable(permissions.require(Capability.EDIT_RESIDENT), householdId)) {
            throw new AccessDeniedException("household " + householdId + " may not be changed by this user");
        }
    }
}
