-- Settlement proposals (issue 11): indexes behind the proposal lists and the matching's reads.
-- The officer's list and the matching take ready households by the centre's county.
create index settlement_household_county_idx on settlement_household (county_code, state);
-- A run's proposals (the officer's list after a run; the demo).
create index settlement_proposal_run_idx on settlement_proposal (matching_run_id);
-- Dwellings held by a sent proposal are left out of the matching and of the choices to accept.
create index settlement_proposal_dwelling_idx on settlement_proposal (dwelling_id) where dwelling_id is not null;
