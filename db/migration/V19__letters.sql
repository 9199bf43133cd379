-- Letters to residents (issue 12): the language a person's letters are written in, once staff have chosen one.
-- Without a row the language follows from the person's recorded languages (letters/LetterLanguage). Only the four
-- languages the letters are written in.
create table letter_language (
    person_id  bigint primary key references person (id),
    language   text        not null check (language in ('uk', 'ru', 'en', 'nb')),
    chosen_by  text        not null check (length(chosen_by) between 1 and 100),
    chosen_at  timestamptz not null default now(),
    version    integer     not null default 0
);
