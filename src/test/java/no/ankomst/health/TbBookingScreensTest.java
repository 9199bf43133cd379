package no.ankomst.health;

import static no.ankomst.db.Tables.TB_APPOINTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import no.ankomst.AnkomstTest;
import no.ankomst.health.TbBookingRecords.Slot;
import no.ankomst.health.TbClinicRecords.Capacity;
import no.ankomst.health.TbClinicRecords.ClinicChange;
import no.ankomst.health.TbClinicRecords.ClinicRow;
import no.ankomst.health.TbClinicRecords.SiteOption;
import no.ankomst.health.ui.BookingDialog;
import no.ankomst.health.ui.ClinicsView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
@WithUserDetails("admin")
class TbBookingScreensTest extends SpringBrowserlessTest {

    @Autowired
    TbClinicService clinics;
    @Autowired
    TbBookingService bookings;
    @Autowired
    DSLContext db;
    @Autowired
    Clock clock;

    private BookingFixtures fixtures;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        fixtures = new BookingFixtures(db);
        today = LocalDate.now(clock);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_sets_up_a_clinic_with_its_weekly_capacity_in_the_form() {
        long site = fixtures.site();
        navigate(ClinicsView.class);

        ComboBox<SiteOption> siteField = $(ComboBox.class).id("clinic-site");
        siteField.setValue(siteField.getListDataView().getItems().filter(option -> option.id() == site)
                .findFirst().orElseThrow());
        test($(TextField.class).id("clinic-name")).setValue("Helsestasjonen");
        test($(IntegerField.class).id("clinic-capacity-XRAY-1")).setValue(4);
        test($(Button.class).id("clinic-save")).click();

        ClinicRow row = clinics.page(0, 500).stream().filter(c -> c.siteId() == site).findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo("Helsestasjonen");
        assertThat(clinics.clinic(row.id()).orElseThrow().capacities())
                .containsExactly(new Capacity(DayOfWeek.MONDAY, TbTest.XRAY, 4));
    }

    @Test
    @WithUserDetails("health")
    @SuppressWarnings("unchecked")
    void health_staff_see_only_the_clinics_of_their_sites() {
        navigate(ClinicsView.class);

        Grid<ClinicRow> grid = $(Grid.class).id("clinics-grid");
        assertThat(test(grid).size()).isEqualTo(clinics.count()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).siteName()).isIn("Haugesund mottak", "Oslo akuttinnkvartering Alna");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dialog_preselects_the_test_offers_free_days_books_and_cancels() {
        long site = fixtures.site();
        List<Capacity> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new Capacity(day, TbTest.XRAY, 2));
            week.add(new Capacity(day, TbTest.QUESTIONNAIRE, 2));
        }
        clinics.create(new ClinicChange(site, "Klinikk", null, true, week, List.of(today.plusDays(1))));
        long person = fixtures.resident(site, LocalDate.of(1980, 1, 1), today.minusDays(3));
        AtomicInteger changes = new AtomicInteger();

        new BookingDialog(bookings, clock, person, changes::incrementAndGet).open();

        assertThat($(Select.class).id("booking-test").getValue()).isEqualTo(TbTest.XRAY);
        ComboBox<Slot> day = $(ComboBox.class).id("booking-day");
        List<Slot> offered = day.getListDataView().getItems().toList();
        assertThat(offered).extracting(Slot::day).doesNotContain(today.plusDays(1)).contains(today.plusDays(2));
        day.setValue(offered.getFirst());
        test($(Button.class).id("booking-save")).click();

        assertThat(changes).hasValue(1);
        assertThat(fixtures.appointments(person)).singleElement()
                .satisfies(r -> assertThat(r.get(TB_APPOINTMENT.DAY)).isEqualTo(offered.getFirst().day()));

        new BookingDialog(bookings, clock, person, changes::incrementAndGet).open();
        assertThat($(Paragraph.class).id("booking-current").getText()).startsWith("Booked:");
        test($(Button.class).id("booking-cancel")).click();

        assertThat(changes).hasValue(2);
        assertThat(bookings.openAppointment(person)).isEmpty();
    }
}
