package no.ankomst.residents;

import static no.ankomst.db.Tables.AUDIT_EVENT;
import static no.ankomst.db.Tables.IDENTITY_DOCUMENT;
import static no.ankomst.db.Tables.PERSON;
import static no.ankomst.db.Tables.STAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ankomst.AnkomstTest;
import no.ankomst.accommodation.ResidentArrived;
import no.ankomst.accommodation.SiteRecords.SiteRow;
import no.ankomst.accommodation.SiteService;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.RegistrationImportRecords.ImportResult;
import no.ankomst.residents.RegistrationImportRecords.Preview;
import no.ankomst.residents.RegistrationImportRecords.PreviewToken;
import no.ankomst.residents.RegistrationImportRecords.ProgressListener;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("staff")
@RecordApplicationEvents
class RegistrationImportServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String HEADER = "family_name,given_names,birth_date,sex,citizenships,languages,"
            + "document_type,document_number,document_country,arrival_date,household_key,relation";

    @Autowired
    RegistrationImportService imports;
    @Autowired
    SiteService sites;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    ResidentTestData data;
    @Autowired
    ApplicationEvents published;
    @Autowired
    Clock clock;

    /** A surname no other test uses, so each test counts only its own people. */
    private static String uniqueSurname() {
        long n = SEQUENCE.incrementAndGet() * 7919L + System.nanoTime() % 100_000;
        StringBuilder name = new StringBuilder("Importenko");
        for (char c : Long.toString(n, 26).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 26)));
        }
        return name.toString();
    }

    private static String passport() {
        return "IMP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private long radeSiteId() {
        return sites.visibleSites().stream().filter(s -> s.name().contains("Råde")).findFirst().map(SiteRow::id)
                .orElseThrow();
    }

    private static InputStream csv(Charset charset, String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    private static InputStream csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    private static String row(String surname, String given, String birth, String sex, String household,
                              String relation) {
        return String.join(",", surname, given, birth, sex, "UA", "uk", "PASSPORT", passport(), "UA", "2025-03-01",
                household, relation);
    }

    private Preview preview(InputStream file) {
        return imports.preview(file, "list.csv", radeSiteId(), ProgressListener.none());
    }

    private int persons(String surname) {
        return db.fetchCount(PERSON, PERSON.FAMILY_NAME.eq(surname));
    }

    private int importAudits() {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("REGISTRATION_IMPORTED"));
    }

    @Test
    void a_good_file_previews_without_errors_and_commits_every_person_with_an_open_stay_at_the_site() {
        String surname = uniqueSurname();
        int auditsBefore = importAudits();
        Preview preview = preview(csv(HEADER,
                row(surname, "Oksana", "1985-04-12", "F", "k1", ""),
                row(surname, "Sofiia", "2015-06-01", "F", "k1", "CHILD"),
                row(surname, "Taras", "1979-01-30", "MALE", "", ""),
                row(surname, "Iryna", "1990-11-02", "female", "k2", ""),
                row(surname, "Petro", "1988-07-07", "M", "k2", "spouse")));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).isEqualTo(5);
        assertThat(preview.validRows()).isEqualTo(5);
        assertThat(preview.households()).isEqualTo(3);
        assertThat(preview.canImportAll()).isTrue();
        assertThat(preview.firstValidRows()).extracting(r -> r.row(), r -> r.givenNames())
                .startsWith(tuple(2, "Oksana"), tuple(3, "Sofiia"));
        assertThat(persons(surname)).as("a preview writes nothing").isZero();

        ImportResult result = imports.commit(preview.token(), false, ProgressListener.none());

        assertThat(result).isEqualTo(new ImportResult(5, 3, 0));
        assertThat(persons(surname)).isEqualTo(5);
        assertThat(db.fetchCount(STAY.join(PERSON).on(PERSON.ID.eq(STAY.PERSON_ID)), PERSON.FAMILY_NAME.eq(surname)
                .and(STAY.SITE_ID.eq(radeSiteId())).and(STAY.CHECKED_OUT_ON.isNull()))).isEqualTo(5);
        assertThat(db.fetchCount(IDENTITY_DOCUMENT.join(PERSON).on(PERSON.ID.eq(IDENTITY_DOCUMENT.PERSON_ID)),
                PERSON.FAMILY_NAME.eq(surname))).isEqualTo(5);
        assertThat(importAudits()).isEqualTo(auditsBefore + 1);
    }

    @Test
    void every_imported_person_arrives_at_the_site_on_their_arrival_date_or_today() {
        String surname = uniqueSurname();
        Preview preview = preview(csv(HEADER,
                row(surname, "Oksana", "1985-04-12", "F", "", ""),
                row(surname, "Taras", "1979-01-30", "M", "", "").replace("2025-03-01", "")));

        imports.commit(preview.token(), false, ProgressListener.none());

        LocalDate today = LocalDate.now(clock);
        assertThat(published.stream(ResidentArrived.class).filter(arrival -> db.fetchExists(PERSON,
                PERSON.ID.eq(arrival.personId()).and(PERSON.FAMILY_NAME.eq(surname)))))
                .extracting(ResidentArrived::siteId, ResidentArrived::arrivedOn)
                .containsExactlyInAnyOrder(tuple(radeSiteId(), LocalDate.of(2025, 3, 1)), tuple(radeSiteId(), today));
    }

    @Test
    void households_are_formed_from_household_key_with_the_first_row_as_head() {
        String surname = uniqueSurname();
        Preview preview = preview(csv(HEADER,
                row(surname, "Head", "1980-01-01", "F", "A", ""),
                row(surname, "Child", "2012-01-01", "M", "A", "CHILD"),
                row(surname, "Other", "1975-05-05", "M", "B", ""),
                row(surname, "Alone", "1960-02-02", "X", "", ""),
                row(surname, "Spouse", "1979-03-03", "M", "A", "SPOUSE")));
        imports.commit(preview.token(), false, ProgressListener.none());

        Map<String, Long> household = db.select(PERSON.GIVEN_NAMES, PERSON.HOUSEHOLD_ID).from(PERSON)
                .where(PERSON.FAMILY_NAME.eq(surname)).fetchMap(PERSON.GIVEN_NAMES, PERSON.HOUSEHOLD_ID);
        Map<String, String> relation = db.select(PERSON.GIVEN_NAMES, PERSON.RELATION_TO_HEAD).from(PERSON)
                .where(PERSON.FAMILY_NAME.eq(surname)).fetchMap(PERSON.GIVEN_NAMES, PERSON.RELATION_TO_HEAD);
        assertThat(household.get("Child")).isEqualTo(household.get("Head"));
        assertThat(household.get("Spouse")).isEqualTo(household.get("Head"));
        assertThat(household.values().stream().distinct().count()).isEqualTo(3);
        assertThat(relation).containsEntry("Head", "HEAD").containsEntry("Child", "CHILD")
                .containsEntry("Spouse", "SPOUSE").containsEntry("Other", "HEAD").containsEntry("Alone", "HEAD");
    }

    @Test
    void a_member_without_relation_or_after_a_rejected_head_is_an_error_of_its_row() {
        String surname = uniqueSurname();
        Preview preview = preview(csv(HEADER,
                row(surname, "Head", "2099-01-01", "F", "A", ""),
                row(surname, "Child", "2012-01-01", "M", "A", "CHILD"),
                row(surname, "Head", "1980-01-01", "F", "B", ""),
                row(surname, "Nobody", "2010-01-01", "F", "B", "")));

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::ruleKey).contains(
                tuple(2, "birth_date", "validation.date.future"),
                tuple(3, "household_key", "import.error.headRejected"),
                tuple(5, "relation", "validation.required"));
        assertThat(preview.validRows()).isEqualTo(1);
    }

    @Test
    void a_file_without_required_columns_names_them_in_one_error_and_cannot_be_imported() {
        Preview preview = preview(csv("family_name,given_names,citizenships", uniqueSurname() + ",Olena,UA"));

        assertThat(preview.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.ruleKey()).isEqualTo("import.error.missingColumns");
            assertThat(error.column()).isEqualTo("birth_date, sex");
        });
        assertThat(preview.token()).isNull();
    }

    @Test
    void an_unknown_column_is_refused_by_name() {
        Preview preview = preview(csv("family_name,given_names,birth_date,sex,shoe_size",
                uniqueSurname() + ",Olena,1990-01-01,F,38"));

        assertThat(preview.errors()).extracting(RowError::ruleKey, RowError::args)
                .containsExactly(tuple("import.error.unknownColumns", List.of("shoe_size")));
        assertThat(preview.token()).isNull();
    }

    @Test
    void broken_quoting_is_an_error_naming_its_row_and_nothing_can_be_imported() {
        String surname = uniqueSurname();
        Preview preview = preview(csv("family_name,given_names,birth_date,sex",
                surname + ",Olena,1990-01-01,F",
                surname + ",\"Mykola\"x,1991-01-01,M",
                surname + ",Ivan,1992-01-01,M"));

        assertThat(preview.errors()).extracting(RowError::row, RowError::ruleKey)
                .containsExactly(tuple(3, "import.error.quoting"));
        assertThat(preview.token()).isNull();
    }

    @Test
    void an_unclosed_quote_is_an_error_naming_its_row() {
        Preview preview = preview(csv("family_name,given_names,birth_date,sex",
                uniqueSurname() + ",Olena,1990-01-01,F",
                uniqueSurname() + ",\"Mykola,1991-01-01,M",
                uniqueSurname() + ",Ivan,1992-01-01,M"));

        assertThat(preview.errors()).extracting(RowError::row, RowError::ruleKey)
                .containsExactly(tuple(3, "import.error.quoting"));
    }

    @Test
    void a_bad_identity_number_names_row_and_column_and_the_preview_writes_nothing() {
        String surname = uniqueSurname();
        int before = db.fetchCount(PERSON);
        Preview preview = preview(csv("family_name,given_names,birth_date,sex,identity_number",
                surname + ",Olena,1990-01-01,F,",
                surname + ",Mykola,1991-01-01,M,31129956716",
                surname + ",Ivan,1992-01-01,M,"));

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::ruleKey)
                .containsExactly(tuple(3, "identity_number", "validation.identityNumber.checkDigit2"));
        assertThat(preview.validRows()).isEqualTo(2);
        assertThat(preview.invalidRows()).isEqualTo(1);
        assertThat(db.fetchCount(PERSON)).isEqualTo(before);
    }

    @Test
    void a_file_with_errors_is_imported_only_when_the_user_chooses_the_valid_rows() {
        String surname = uniqueSurname();
        Preview preview = preview(csv("family_name,given_names,birth_date,sex",
                surname + ",Olena,1990-01-01,F",
                surname + ",Mykola,1991-13-01,M",
                surname + ",Ivan,1992-01-01,Q"));
        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::ruleKey).containsExactly(
                tuple(3, "birth_date", "import.error.date"), tuple(4, "sex", "import.error.sex"));

        assertThatThrownBy(() -> imports.commit(preview.token(), false, ProgressListener.none()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey).containsExactly("import.error.hasErrors"));
        assertThat(persons(surname)).isZero();

        ImportResult result = imports.commit(preview.token(), true, ProgressListener.none());
        assertThat(result).isEqualTo(new ImportResult(1, 1, 2));
        assertThat(persons(surname)).isEqualTo(1);
    }

    @Test
    void cyrillic_from_an_excel_export_in_windows_1251_comes_out_right() {
        String surname = uniqueSurname();
        Preview preview = preview(csv(Charset.forName("windows-1251"),
                "family_name;given_names;family_name_cyrillic;given_names_cyrillic;birth_date;sex;citizenships",
                surname + ";Oksana;Коваленко;Оксана;1985-04-12;F;\"UA;PL\""));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.encoding()).isEqualTo("windows-1251");
        assertThat(preview.warnings()).containsExactly("import.warning.windows1251");
        assertThat(preview.firstValidRows()).singleElement().satisfies(row -> {
            assertThat(row.familyNameCyrillic()).isEqualTo("Коваленко");
            assertThat(row.citizenships()).containsExactly("UA", "PL");
        });
        imports.commit(preview.token(), false, ProgressListener.none());
        assertThat(db.select(PERSON.FAMILY_NAME_CYRILLIC, PERSON.GIVEN_NAMES_CYRILLIC).from(PERSON)
                .where(PERSON.FAMILY_NAME.eq(surname)).fetchSingle().intoArray()).containsExactly("Коваленко", "Оксана");
    }

    @Test
    void the_same_document_twice_in_one_file_is_an_error_of_the_second_row() {
        String surname = uniqueSurname();
        String number = passport();
        Preview preview = preview(csv("family_name,given_names,birth_date,sex,document_type,document_number,"
                        + "document_country",
                surname + ",Olena,1990-01-01,F,PASSPORT," + number + ",UA",
                surname + ",Olha,1991-01-01,F,national_id_card," + number.toLowerCase() + ",ua"));

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::ruleKey, RowError::args)
                .containsExactly(tuple(3, "document_number", "import.error.sameAsRow", List.of(2)));
    }

    @Test
    void a_thousand_identical_rows_are_one_valid_row_and_each_later_one_names_the_first() {
        String surname = uniqueSurname();
        String[] rows = new String[1001];
        rows[0] = "family_name,given_names,birth_date,sex";
        Arrays.fill(rows, 1, rows.length, surname + ",Olena,1990-01-01,F");

        Preview preview = preview(csv(rows));

        assertThat(preview.validRows()).isEqualTo(1);
        assertThat(preview.invalidRows()).isEqualTo(999);
        assertThat(preview.errors()).hasSize(999).allSatisfy(error -> {
            assertThat(error.ruleKey()).isEqualTo("import.error.samePersonAsRow");
            assertThat(error.args()).containsExactly(2);
            assertThat(error.column()).as("an error of the whole row").isNull();
        });
        assertThat(preview.errors()).extracting(RowError::row).startsWith(3, 4).endsWith(1001);
    }

    @Test
    void the_same_name_and_birth_date_in_other_case_and_spacing_is_the_same_person() {
        String surname = uniqueSurname();
        Preview preview = preview(csv("family_name,given_names,birth_date,sex",
                surname + ",Anna Mariia,1990-01-01,F",
                surname + ",Anna Mariia,1991-01-01,F",
                surname.toUpperCase() + ",anna  mariia,1990-01-01,F"));

        assertThat(preview.errors()).extracting(RowError::row, RowError::ruleKey, RowError::args)
                .containsExactly(tuple(4, "import.error.samePersonAsRow", List.of(2)));
        assertThat(preview.validRows()).isEqualTo(2);
    }

    @Test
    void the_same_identity_number_twice_is_an_error_of_the_later_row() {
        String surname = uniqueSurname();
        String dNumber = data.dNumber(LocalDate.of(1990, 1, 1));
        Preview preview = preview(csv("family_name,given_names,birth_date,sex,identity_number",
                surname + ",Olena,1990-01-01,F," + dNumber,
                surname + ",Olha,1990-01-01,F," + dNumber));

        assertThat(preview.errors()).extracting(RowError::row, RowError::column, RowError::ruleKey, RowError::args)
                .containsExactly(tuple(3, "identity_number", "import.error.sameAsRow", List.of(2)));
    }

    /** Files that are no CSV text: what a user picks by mistake, or what a broken export writes. */
    static Stream<Arguments> filesThatAreNoText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '!', 0, 'x', 'l', '/', 'w', 'o', 'r', 'k'};
        byte[] random = new byte[4096];
        new SplittableRandom(8).nextBytes(random);
        byte[] utf16 = "family_name,given_names,birth_date,sex\r\nKovalenko,Oksana,1985-04-12,F\r\n"
                .getBytes(StandardCharsets.UTF_16);
        byte[] controls = "family_name,given_names,birth_date,sex\r\nKoval\u0001enko,Oksana,1985-04-12,F\r\n"
                .getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("photo.png", png, "import.error.notText"),
                Arguments.of("list.xlsx", zip, "import.error.notText"),
                Arguments.of("noise.csv", random, "import.error.notText"),
                Arguments.of("unicode.csv", utf16, "import.error.notText"),
                Arguments.of("control.csv", controls, "import.error.notText"),
                Arguments.of("empty.csv", new byte[0], "import.error.emptyFile"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesThatAreNoText")
    void a_file_that_is_no_text_is_refused_naming_the_file_and_nothing_is_kept(String name, byte[] bytes,
                                                                               String rule) {
        int before = db.fetchCount(PERSON);

        Preview preview = imports.preview(new ByteArrayInputStream(bytes), name, radeSiteId(), ProgressListener.none());

        assertThat(preview.errors()).extracting(RowError::row, RowError::ruleKey, RowError::args)
                .containsExactly(tuple(0, rule, List.of(name)));
        assertThat(preview.token()).isNull();
        assertThat(preview.canImportValidRowsOnly()).isFalse();
        assertThat(db.fetchCount(PERSON)).isEqualTo(before);
    }

    @Test
    void a_header_without_rows_of_people_is_refused_naming_the_file() {
        Preview preview = imports.preview(csv("family_name,given_names,birth_date,sex"), "header-only.csv",
                radeSiteId(), ProgressListener.none());

        assertThat(preview.errors()).extracting(RowError::row, RowError::ruleKey, RowError::args)
                .containsExactly(tuple(0, "import.error.noRows", List.of("header-only.csv")));
        assertThat(preview.token()).isNull();
    }

    @Test
    void a_50_mb_file_is_refused_as_too_large() {
        Preview preview = preview(new RepeatingCsv("family_name,given_names,birth_date,sex\n",
                "Kovalenko,Oksana,1985-04-12,F\n", 50L * 1024 * 1024));

        assertThat(preview.errors()).extracting(RowError::row, RowError::ruleKey)
                .containsExactly(tuple(0, "import.error.tooLarge"));
        assertThat(preview.token()).isNull();
    }

    @Test
    void commit_without_a_preview_is_refused() {
        assertThatThrownBy(() -> imports.commit(new PreviewToken(UUID.randomUUID()), true, ProgressListener.none()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::ruleKey).containsExactly("import.error.noPreview"));
    }

    @Test
    void another_users_preview_cannot_be_committed() {
        String surname = uniqueSurname();
        Preview preview = preview(csv("family_name,given_names,birth_date,sex", surname + ",Olena,1990-01-01,F"));
        Authentication staff = SecurityContextHolder.getContext().getAuthentication();
        signInAs("admin");
        try {
            assertThatThrownBy(() -> imports.commit(preview.token(), false, ProgressListener.none()))
                    .isInstanceOf(ValidationException.class);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(staff);
        }
        assertThat(persons(surname)).isZero();

        imports.commit(preview.token(), false, ProgressListener.none());
        assertThat(persons(surname)).as("the owner still can").isEqualTo(1);
        assertThatThrownBy(() -> imports.commit(preview.token(), false, ProgressListener.none()))
                .as("but only once").isInstanceOf(ValidationException.class);
        assertThat(persons(surname)).isEqualTo(1);
    }

    @Test
    void staff_cannot_import_into_a_site_outside_their_scope() {
        long haugesund = db.select(no.ankomst.db.Tables.SITE.ID).from(no.ankomst.db.Tables.SITE)
                .where(no.ankomst.db.Tables.SITE.NAME.eq("Haugesund mottak")).fetchSingle().value1();

        assertThatThrownBy(() -> imports.preview(csv("family_name,given_names,birth_date,sex",
                uniqueSurname() + ",Olena,1990-01-01,F"), "list.csv", haugesund, ProgressListener.none()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progress_is_reported_up_to_the_whole_file() {
        String surname = uniqueSurname();
        String rows = java.util.stream.IntStream.range(0, 1200)
                .mapToObj(i -> surname + ",Person," + LocalDate.of(1990, 1, 1).plusDays(i) + ",F")
                .collect(Collectors.joining("\n"));
        List<Double> fractions = new java.util.ArrayList<>();
        Preview preview = imports.preview(csv("family_name,given_names,birth_date,sex", rows), "list.csv", radeSiteId(),
                (fraction, read) -> fractions.add(fraction));

        assertThat(preview.validRows()).isEqualTo(1200);
        assertThat(fractions).hasSizeGreaterThanOrEqualTo(3).isSorted().last().isEqualTo(1.0);
        assertThat(preview.firstValidRows()).hasSize(RegistrationImportService.PREVIEW_ROWS);
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A CSV of {@code size} bytes made on the fly, so the test does not hold 50 MB itself. */
    private static final class RepeatingCsv extends InputStream {
        private final byte[] header;
        private final byte[] line;
        private final long size;
        private long position;

        RepeatingCsv(String header, String line, long size) {
            this.header = header.getBytes(StandardCharsets.UTF_8);
            this.line = line.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return at < header.length ? header[(int) at] : line[(int) ((at - header.length) % line.length)];
        }
    }
}
