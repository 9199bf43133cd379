-- The coordinator's home and the places left count a municipality's accepted and settled people per year. Joining
-- every member to its proposal and household for that took 40-100 ms per count at 500,000 residents (Oslo with
-- 25,000 accepted people). Each member now carries the two facts of its accepted proposal that those counts filter
-- on, copied when the member is written (a proposal with members is accepted and stays so: an accepted proposal is
-- never withdrawn or moved, and the minors' places it took were taken at acceptance), so each count is one range of
-- one index. Still counted from the members, never a counter that could drift.

alter table settlement_member
    add column municipality_code   char(4) references municipality (code),
    add column unaccompanied_minor boolean;

update settlement_member m
set municipality_code = p.municipality_code, unaccompanied_minor = h.unaccompanied_minor
from settlement_proposal p
join settlement_household h on h.household_id = p.household_id
where p.id = m.proposal_id;

alter table settlement_member
    alter column municipality_code set not null,
    alter column unaccompanied_minor set not null;

create function settlement_member_copy_facts() returns trigger
    language plpgsql as
$$
begin
    select p.municipality_code, h.unaccompanied_minor
    into new.municipality_code, new.unaccompanied_minor
    from settlement_proposal p
    join settlement_household h on h.household_id = p.household_id
    where p.id = new.proposal_id;
    return new;
end
$$;

create trigger settlement_member_copy_facts
    before insert or update of proposal_id on settlement_member
    for each row execute function settlement_member_copy_facts();

create index settlement_member_municipality_idx
    on settlement_member (municipality_code, settlement_date) include (unaccompanied_minor, settled_at, proposal_id);

-- The pipeline counts per state and near or past the target read one index, not the table: an officer's counties
-- here, everyone's from settlement_household_state_idx (state, target_date).
create index settlement_household_county_target_idx
    on settlement_household (county_code, state, target_date);
