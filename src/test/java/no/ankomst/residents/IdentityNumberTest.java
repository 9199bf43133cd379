package no.ankomst.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.ankomst.residents.IdentityNumber.Kind;
import no.ankomst.residents.InvalidIdentityNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumberTest {

    // --- valid numbers

    @ParameterizedTest
    // 567 lies in 500–749, which with year 99 can only mean 1899; 999 with year 32 means 2032.
    @CsvSource({"31129956715, 1899-12-31", "02013299997, 2032-01-02"})
    void the_public_examples_are_valid_fodselsnummers(String text, LocalDate birthDate) {
        IdentityNumber number = IdentityNumber.parse(text);

        assertThat(number.kind()).isEqualTo(Kind.FODSELSNUMMER);
        assertThat(number.birthDate()).hasValue(birthDate);
        assertThat(number.value()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "010160123, 1960", // 000–499: 1900–1999
        "010110123, 1910",
        "010160950, 1960", // 900–999: 1940–1999 ...
        "010110951, 2010", // ... or 2000–2039
        "010160600, 1860", // 500–749: 1854–1899 ...
        "010110600, 2010", // ... or 2000–2039
        "010199749, 1899",
        "010154500, 1854",
        "010110801, 2010", // 750–899: 2000–2039 only
    })
    void the_individual_number_gives_the_century(String firstNine, int year) {
        assertThat(IdentityNumber.parse(withCheckDigits(firstNine)).birthDate()).map(LocalDate::getYear).hasValue(year);
    }

    @ParameterizedTest
    @MethodSource("everyDayOf2000")
    void generated_numbers_round_trip_for_every_day_of_a_leap_year(LocalDate day) {
        IdentityNumber fodselsnummer = IdentityNumbers.fodselsnummer(day, 500);
        IdentityNumber dNumber = IdentityNumbers.dNumber(day, 500);
        IdentityNumber hNumber = IdentityNumbers.hNumber(day, 500);

        assertThat(IdentityNumber.parse(fodselsnummer.value())).isEqualTo(fodselsnummer)
                .extracting(IdentityNumber::kind, IdentityNumber::birthDate).containsExactly(Kind.FODSELSNUMMER, Optional.of(day));
        assertThat(IdentityNumber.parse(dNumber.value())).isEqualTo(dNumber)
                .extracting(IdentityNumber::kind, IdentityNumber::birthDate).containsExactly(Kind.D_NUMBER, Optional.of(day));
        assertThat(IdentityNumber.parse(hNumber.value())).isEqualTo(hNumber)
                .extracting(IdentityNumber::kind, IdentityNumber::birthDate).containsExactly(Kind.H_NUMBER, Optional.of(day));
        assertThat(fodselsnummer.value()).startsWith("%02d%02d00".formatted(day.getDayOfMonth(), day.getMonthValue()))
                .isEqualTo(withCheckDigits(fodselsnummer.value().substring(0, 9)));
    }

    static Stream<LocalDate> everyDayOf2000() {
        return LocalDate.of(2000, 1, 1).datesUntil(LocalDate.of(2001, 1, 1));
    }

    @Test
    void the_29th_of_february_is_a_date_in_a_leap_year() {
        assertThat(IdentityNumber.parse("29020050088").birthDate()).hasValue(LocalDate.of(2000, 2, 29));
        assertThat(IdentityNumber.parse("29029612410").birthDate()).hasValue(LocalDate.of(1996, 2, 29));
    }

    @Test
    void a_d_number_has_four_added_to_the_first_digit() {
        IdentityNumber number = IdentityNumber.parse("71019912374");

        assertThat(number.kind()).isEqualTo(Kind.D_NUMBER);
        assertThat(number.birthDate()).hasValue(LocalDate.of(1999, 1, 31));
    }

    @ParameterizedTest
    @MethodSource("dNumberDays")
    void a_d_number_day_runs_from_41_to_71(int dd) {
        IdentityNumber number = IdentityNumber.parse(issuable("%02d0185".formatted(dd)));

        assertThat(number.kind()).isEqualTo(Kind.D_NUMBER);
        assertThat(number.birthDate()).hasValue(LocalDate.of(1985, 1, dd - 40));
    }

    static IntStream dNumberDays() {
        return IntStream.rangeClosed(41, 71);
    }

    @ParameterizedTest
    @MethodSource("hNumberMonths")
    void an_h_number_month_runs_from_41_to_52(int mm) {
        IdentityNumber number = IdentityNumber.parse(issuable("15%02d85".formatted(mm)));

        assertThat(number.kind()).isEqualTo(Kind.H_NUMBER);
        assertThat(number.birthDate()).hasValue(LocalDate.of(1985, mm - 40, 15));
    }

    static IntStream hNumberMonths() {
        return IntStream.rangeClosed(41, 52);
    }

    @ParameterizedTest
    @ValueSource(strings = {"311299 56715", " 31 12 99 567 15 ", "311299\t56715", "311299\u00A056715"})
    void spaces_are_dropped(String text) {
        assertThat(IdentityNumber.parse(text).value()).isEqualTo("31129956715");
    }

    // --- check digits

    @ParameterizedTest
    @ValueSource(strings = {"31129956707", "31129956758", "31129956766", "31129956774", "31129956782", "31129956790"})
    void a_wrong_first_check_digit_is_rejected(String text) {
        // Each has the k2 that fits its k1, so only k1 is wrong.
        assertThat(mod11(text.substring(0, 10), 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
                .isEqualTo(text.charAt(10) - '0');
        assertReason(text, Reason.CHECK_DIGIT_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4", "6", "7", "8", "9"})
    void a_wrong_second_check_digit_is_rejected(String k2) {
        assertReason("3112995671" + k2, Reason.CHECK_DIGIT_2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31129956723", "31129956731"})
    void a_number_valid_only_under_the_2032_rule_is_accepted(String text) {
        // The classic rule allows only k1 = 1 here; 2 and 3 leave remainders 1 and 2, accepted from 2032.
        assertThat(mod11("311299567", 3, 7, 6, 1, 8, 9, 4, 5, 2)).isEqualTo(1);

        IdentityNumber number = IdentityNumber.parse(text);

        // issued from 2032, so the individual number says nothing about the century
        assertThat(number.birthDate()).isEmpty();
        assertThat(number.warningsAgainst(LocalDate.of(1999, 12, 31))).isEmpty();
        assertThat(number.warningsAgainst(LocalDate.of(1899, 12, 31))).isEmpty();
        assertThat(number.warningsAgainst(LocalDate.of(1998, 12, 31))).containsExactly(IdentityNumber.BIRTH_DATE_DIFFERS);
    }

    @ParameterizedTest(name = "weighted sum of the first nine digits leaves {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void k1_is_accepted_when_it_is_eleven_to_fourteen_minus_the_remainder_and_a_digit(int remainder) {
        // folkeregisterforskriften § 2-2 as amended for 2032: k1 = {11,12,13,14} − (sum mod 11), 11 read as 0;
        // written out here as the regulation states it, apart from the production code's remainder test
        java.util.Set<Integer> allowed = new java.util.TreeSet<>();
        for (int base = 11; base <= 14; base++) {
            int k1 = (base - remainder) % 11;
            if (k1 <= 9) {
                allowed.add(k1);
            }
        }
        String firstNine = firstNineWithK1Remainder(remainder);
        for (int k1 = 0; k1 <= 9; k1++) {
            String firstTen = firstNine + k1;
            int k2 = mod11(firstTen, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2);
            if (k2 == 10) {
                continue; // not issuable whatever k1 is
            }
            String text = firstTen + k2;
            if (allowed.contains(k1)) {
                assertThat(IdentityNumber.parse(text).value()).as("k1 %d", k1).isEqualTo(text);
            } else {
                assertReason(text, Reason.CHECK_DIGIT_1);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "01014060029, 1940", // 500–749 with year 40: neither 1840 nor 2040 in the old table, fine from 2032
        "01019980053, 1999", // 750–899 with year 99: the old table knows only 2000–2039
        "15068580029, 1985", // 750–899 with year 85: likewise
    })
    void a_number_with_valid_check_digits_outside_the_old_century_ranges_is_accepted(String text, int likelyYear) {
        IdentityNumber number = IdentityNumber.parse(text);

        assertThat(number.birthDate()).isEmpty();
        LocalDate stated = LocalDate.of(likelyYear, number.dayAndMonth().getMonthValue(),
                number.dayAndMonth().getDayOfMonth());
        assertThat(number.warningsAgainst(stated)).isEmpty();
        assertThat(number.warningsAgainst(stated.plusDays(1))).containsExactly(IdentityNumber.BIRTH_DATE_DIFFERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"290200123", "290200600", "690200123", "294200123"})
    void the_29th_of_february_00_is_possible_in_any_range_as_2000_was_a_leap_year(String firstNine) {
        IdentityNumber number = IdentityNumber.parse(withCheckDigits(firstNine));

        assertThat(number.dayAndMonth()).isEqualTo(java.time.MonthDay.of(2, 29));
        assertThat(number.warningsAgainst(LocalDate.of(2000, 2, 29))).isEmpty();
    }

    @Test
    void the_29th_of_february_with_a_year_that_is_never_a_leap_year_is_impossible() {
        assertReason(withCheckDigits("290297500"), Reason.IMPOSSIBLE_DATE);
        assertReason(withCheckDigits("690299123"), Reason.IMPOSSIBLE_DATE);
    }

    @Test
    void the_2032_rule_gives_a_first_check_digit_where_the_classic_rule_gives_ten() {
        assertThat(mod11("311299000", 3, 7, 6, 1, 8, 9, 4, 5, 2)).isEqualTo(10);

        assertThat(IdentityNumber.parse("31129900000").value()).isEqualTo("31129900000");
    }

    @Test
    void a_second_check_digit_of_ten_is_not_issuable_so_every_last_digit_is_rejected() {
        assertThat(mod11("3112990085", 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)).isEqualTo(10);

        for (int last = 0; last <= 9; last++) {
            assertReason("3112990085" + last, Reason.CHECK_DIGIT_2);
        }
    }

    // --- malformed input

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void an_empty_number_is_rejected(String text) {
        assertReason(text, Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3112995671A", "abcdefghijk", "31l29956715", "31-12-99-56715", "٣١١٢٩٩٥٦٧١٥"})
    void letters_and_other_characters_are_rejected(String text) {
        assertReason(text, Reason.NOT_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3112995671", "311299567150", "0201329999700"})
    void a_number_must_have_eleven_digits(String text) {
        assertReason(text, Reason.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "31029912370", // 31 February
        "30020050027", // 30 February in the leap year 2000
        "29029912392", // 29 February 1999
        "01139912396", // month 13
        "01009912378", // month 00
        "00019912329", // day 00
        "32019912581", // day 32
        "40019912312", // day 40: no D-number offset, too high for a day
        "72019912303", // D-number day 72 = 32
        "01539912379", // H-number month 53 = 13
        "41419912334", // both D and H
        "31049912350", // 31 April
        "71049912344", // D-number for 31 April
        "00450012440", // H-number with day 00
    })
    void an_impossible_date_is_rejected(String text) {
        // Check digits are right, so only the date can be at fault.
        assertThat(text).isEqualTo(withCheckDigits(text.substring(0, 9)));
        assertReason(text, Reason.IMPOSSIBLE_DATE);
    }

    @Test
    void the_exception_leaves_the_number_out_of_its_message_so_logs_stay_clean() {
        assertThatThrownBy(() -> IdentityNumber.parse("31129956716"))
                .hasMessage("validation.identityNumber.checkDigit2")
                .message().doesNotContain("3112995671");
    }

    // --- presentation

    @Test
    void masked_shows_only_the_date_part() {
        assertThat(IdentityNumber.parse("31129956715").masked()).isEqualTo("311299*****");
        assertThat(IdentityNumber.parse("71019912374").masked()).isEqualTo("710199*****");
    }

    @Test
    void two_numbers_are_equal_when_their_digits_are_and_print_as_their_digits() {
        IdentityNumber typed = IdentityNumber.parse("311299 56715");

        assertThat(typed).isEqualTo(IdentityNumber.parse("31129956715")).hasSameHashCodeAs(IdentityNumber.parse("31129956715"))
                .isNotEqualTo(IdentityNumber.parse("02013299997"));
        assertThat(typed).hasToString("31129956715");
    }

    // --- warnings

    @Test
    void a_d_number_whose_date_differs_from_the_stated_birth_date_gives_its_own_warning() {
        IdentityNumber dNumber = IdentityNumber.parse("71019912374");

        assertThat(dNumber.warningsAgainst(LocalDate.of(1999, 3, 4)))
                .containsExactly("warning.identityNumber.dNumberDateDiffers");
        assertThat(dNumber.warningsAgainst(LocalDate.of(1999, 1, 31))).isEmpty();
    }

    @Test
    void a_fodselsnummer_whose_date_differs_from_the_stated_birth_date_gives_a_warning() {
        IdentityNumber fodselsnummer = IdentityNumber.parse("31129956715");

        assertThat(fodselsnummer.warningsAgainst(LocalDate.of(1999, 12, 31))) // same day and month, other century
                .containsExactly("warning.identityNumber.birthDateDiffers");
        assertThat(fodselsnummer.warningsAgainst(LocalDate.of(1899, 12, 31))).isEmpty();
        assertThat(IdentityNumber.parse("15458512326").warningsAgainst(LocalDate.of(1985, 5, 16)))
                .containsExactly("warning.identityNumber.birthDateDiffers");
    }

    // --- the generator

    @Test
    void the_generator_makes_the_public_examples() {
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(1899, 12, 31), 567)).hasToString("31129956715");
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(2032, 1, 2), 999)).hasToString("02013299997");
        assertThat(IdentityNumbers.dNumber(LocalDate.of(1999, 1, 31), 123)).hasToString("71019912374");
    }

    @Test
    void the_generator_skips_individual_numbers_whose_check_digit_would_be_ten() {
        // 000 gives k1 = 10 and 008 gives k2 = 10 on this date; the next individual number is used.
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(1999, 12, 31), 0)).hasToString("31129900183");
        assertThat(IdentityNumbers.fodselsnummer(LocalDate.of(1999, 12, 31), 8)).hasToString("31129900930");
    }

    @Test
    void the_generator_refuses_an_individual_number_that_does_not_fit_the_year() {
        assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumbers.fodselsnummer(LocalDate.of(1985, 1, 1), 600));
        assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumbers.fodselsnummer(LocalDate.of(1850, 1, 1), 600));
        assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumbers.dNumber(LocalDate.of(2000, 1, 1), 1000));
    }

    // --- translations

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations.properties", "vaadin-i18n/translations_nb.properties"})
    void every_reason_and_warning_has_a_text(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Stream.concat(Stream.of(Reason.values()).map(Reason::key),
                Stream.of(IdentityNumber.D_NUMBER_DATE_DIFFERS, IdentityNumber.BIRTH_DATE_DIFFERS))
                .forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void every_reason_key_names_its_rule_under_identity_number(Reason reason) {
        assertThat(reason.key()).startsWith("validation.identityNumber.");
        assertThat(new InvalidIdentityNumberException(reason).reason()).isEqualTo(reason);
    }

    // --- helpers

    private static void assertReason(String text, Reason reason) {
        assertThatThrownBy(() -> IdentityNumber.parse(text))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Classic check digits, written out apart from the production code so a shared mistake cannot hide. */
    private static String withCheckDigits(String firstNine) {
        int k1 = mod11(firstNine, 3, 7, 6, 1, 8, 9, 4, 5, 2);
        assertThat(k1).as("k1 of %s", firstNine).isLessThan(10);
        int k2 = mod11(firstNine + k1, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2);
        assertThat(k2).as("k2 of %s", firstNine).isLessThan(10);
        return firstNine + k1 + k2;
    }

    /** Nine digits (date 311299, then an individual number) whose weighted k1 sum leaves {@code remainder}. */
    private static String firstNineWithK1Remainder(int remainder) {
        for (int individual = 0; ; individual++) {
            String firstNine = "311299%03d".formatted(individual);
            int sum = 0;
            int[] weights = {3, 7, 6, 1, 8, 9, 4, 5, 2};
            for (int i = 0; i < 9; i++) {
                sum += (firstNine.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 == remainder) {
                return firstNine;
            }
        }
    }

    /** The first number with these six date digits and individual number 100 or above. */
    private static String issuable(String firstSix) {
        for (int individual = 100; ; individual++) {
            String firstNine = firstSix + individual;
            int k1 = mod11(firstNine, 3, 7, 6, 1, 8, 9, 4, 5, 2);
            if (k1 < 10 && mod11(firstNine + k1, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2) < 10) {
                return withCheckDigits(firstNine);
            }
        }
    }

    private static int mod11(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
