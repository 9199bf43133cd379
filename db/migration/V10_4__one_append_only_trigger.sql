-- One function guards every append-only table (the audit trail, a case's history, and the ledgers and
-- histories later features add). A new append-only table adds the two triggers below and nothing else.
create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

drop trigger audit_event_no_update_or_delete on audit_event;
drop trigger audit_event_no_truncate on audit_event;
drop function audit_event_is_append_only();
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function forbid_change();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function forbid_change();

drop trigger case_event_no_update_or_delete on case_event;
drop trigger case_event_no_truncate on case_event;
drop function case_event_is_append_only();
create trigger case_event_no_update_or_delete
    before update or delete on case_event
    for each row execute function forbid_change();
create trigger case_event_no_truncate
    before truncate on case_event
    for each statement execute function forbid_change();
