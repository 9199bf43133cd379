package no.ankomst.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One way to write a date per language, typed and shown alike: Norwegian {@code 27.03.1979} with weeks
 * from Monday and Norwegian month and day names, English {@code 27 Mar 1979}. Every date picker comes from
 * {@link #picker} (or is passed to {@link #localize}), every date shown as text goes through {@link #format}.
 */
public final class Dates {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** A date picker in the UI's language; the calendar stays closed while typing, so Tab goes on. */
    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        localize(picker);
        return picker;
    }

    public static DatePicker picker(String label, @Nullable LocalDate value) {
        DatePicker picker = picker(label);
        picker.setValue(value);
        return picker;
    }

    public static DatePicker picker() {
        DatePicker picker = new DatePicker();
        localize(picker);
        return picker;
    }

    public static void localize(DatePicker picker) {
        Locale locale = I18n.locale();
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        picker.setAutoOpen(false);
    }

    public static DatePickerI18n i18n(Locale locale) {
        DatePickerI18n i18n = new DatePickerI18n();
        if (norwegian(locale)) {
            // what people type: 27.03.1979, 27.3.1979, 27.3.79
            i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy");
        } else {
            i18n.setDateFormats("d MMM yyyy", "d/M/yyyy", "yyyy-MM-dd");
        }
        i18n.setFirstDayOfWeek(norwegian(locale) ? 1 : 0);
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        // the picker wants the week from Sunday, whatever day it shows first
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).limit(6)).toList();
        i18n.setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setToday(translate(locale, "date.today"));
        i18n.setCancel(translate(locale, "action.cancel"));
        return i18n;
    }

    /** A date as text in the UI's language; empty for no date. */
    public static String format(@Nullable LocalDate date) {
        return format(date, I18n.locale());
    }

    public static String format(@Nullable LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (norwegian(locale) ? NORWEGIAN : ENGLISH).format(date);
    }

    /** A moment as date and time of day in {@code zone}, the date written as {@link #format} writes it. */
    public static String format(Instant instant, ZoneId zone) {
        return format(instant, zone, "HH:mm");
    }

    /** The same with seconds, where the order of close events matters (the audit trail). */
    public static String formatWithSeconds(Instant instant, ZoneId zone) {
        return format(instant, zone, "HH:mm:ss");
    }

    private static String format(Instant instant, ZoneId zone, String timePattern) {
        ZonedDateTime at = instant.atZone(zone);
        return format(at.toLocalDate(), I18n.locale()) + " " + DateTimeFormatter.ofPattern(timePattern).format(at);
    }

    static boolean norwegian(Locale locale) {
        return List.of("nb", "no", "nn").contains(locale.getLanguage());
    }


    private static String translate(Locale locale, String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(locale, key);
    }
}
