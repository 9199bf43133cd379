-- Editing residents, households (change head, move a member), merging duplicates, the history tab.

-- A household with current members has exactly one head. At most one is person_one_head_uq (V3); at
-- least one is checked here, at commit, because changing the head takes two statements (the old head
-- steps down before the new one steps up: a unique index is checked row by row).
create function household_has_one_head(household bigint) returns void language plpgsql as $$
declare
    members integer;
    heads   integer;
begin
    if household is null then
        return;
    end if;
    select count(*), count(*) filter (where relation_to_head = 'HEAD')
      into members, heads
      from person
     where household_id = household and merged_into is null;
    if members > 0 and heads <> 1 then
        raise exception 'household % has % heads among % members', household, heads, members
            using errcode = 'check_violation', constraint = 'household_one_head';
    end if;
end;
$$;

create function person_household_has_one_head() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform household_has_one_head(new.household_id);
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.household_id is distinct from
            (case when tg_op = 'UPDATE' then new.household_id end) then
        perform household_has_one_head(old.household_id);
    end if;
    return null;
end;
$$;

create constraint trigger household_one_head
    after insert or update of household_id, relation_to_head, merged_into or delete on person
    deferrable initially deferred
    for each row execute function person_household_has_one_head();

-- the survivor of a merge lists the records merged into it
create index person_merged_into_idx on person (merged_into) where merged_into is not null;
-- the search box still finds a merged record's identity number, and leads to the survivor
create index person_merged_identity_idx on person (identity_number) where merged_into is not null;

-- the history tab of one resident reads the audit lines of a few records, newest first
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc, id desc);
