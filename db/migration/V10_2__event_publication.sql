-- Spring Modulith's JDBC event publication registry (schema version 2 of Modulith 2.0, PostgreSQL).
-- An event published inside a writing transaction is stored here, one row per listener, in that same
-- transaction; the row is completed only when its listener has succeeded. Rows without a completion date
-- are what a crash or a failed listener left, and are resubmitted (at start and by EventPublicationRetry).
-- The table is created here, not by Modulith at run time, so Flyway stays the one source of the schema.
create table event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    -- PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED (Modulith's EventPublication.Status)
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

-- Modulith finds a publication to complete by its listener and serialized event
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
