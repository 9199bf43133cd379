package no.ankomst.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesAndCodesTest {

    private static final LocalDate BIRTH = LocalDate.of(1979, 3, 27);

    @Test
    void a_date_reads_27_03_1979_in_norwegian_and_27_mar_1979_in_english() {
        assertThat(Dates.format(BIRTH, I18n.NORWEGIAN)).isEqualTo("27.03.1979");
        assertThat(Dates.format(BIRTH, Locale.ENGLISH)).isEqualTo("27 Mar 1979");
        assertThat(Dates.format(LocalDate.of(2026, 1, 5), I18n.NORWEGIAN)).isEqualTo("05.01.2026");
        assertThat(Dates.format(null, I18n.NORWEGIAN)).isEmpty();
    }

    @Test
    void a_moment_reads_in_oslo_time_with_the_date_written_the_same_way() {
        Instant moment = LocalDate.of(1979, 3, 27).atTime(14, 5, 9).atZone(ZoneId.of("Europe/Oslo")).toInstant();

        // outside a request the app's default language, Norwegian
        assertThat(Dates.format(moment, ZoneId.of("Europe/Oslo"))).isEqualTo("27.03.1979 14:05");
        assertThat(Dates.formatWithSeconds(moment, ZoneId.of("Europe/Oslo"))).isEqualTo("27.03.1979 14:05:09");
    }

    @Test
    void the_norwegian_calendar_starts_on_monday_with_norwegian_names_and_takes_the_shown_format() {
        DatePickerI18n i18n = Dates.i18n(I18n.NORWEGIAN);

        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("januar");
        // the picker lists the week from Sunday whatever day it shows first
        assertThat(i18n.getWeekdays()).startsWith("søndag", "mandag");
        assertThat(i18n.getDateFormats()).startsWith("dd.MM.yyyy").contains("d.M.yyyy");
    }

    @Test
    void the_english_calendar_shows_the_same_format_as_the_lists() {
        DatePickerI18n i18n = Dates.i18n(Locale.ENGLISH);

        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("d MMM yyyy");
        assertThat(i18n.getMonthNames().getFirst()).isEqualTo("January");
    }

    @Test
    void country_and_language_codes_are_shown_as_names_in_the_ui_language() {
        assertThat(Codes.country("UA", I18n.NORWEGIAN)).isEqualTo("Ukraina");
        assertThat(Codes.country("UA", Locale.ENGLISH)).isEqualTo("Ukraine");
        assertThat(Codes.language("uk", I18n.NORWEGIAN)).isEqualTo("ukrainsk");
        assertThat(Codes.language("uk", Locale.ENGLISH)).isEqualTo("Ukrainian");
    }
}
