package no.ankomst.residents.ui;

import static no.ankomst.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import no.ankomst.residents.ResidentService;
import no.ankomst.residents.ResidentTestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AnkomstTest
class ResidentEditViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentTestData data;

    @Autowired
    ResidentService residents;
    @Autowired
    DSLContext db;

    @BeforeEach
    void data() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private long resident() {
        return data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
    }

    private String phone(long id) {
        return db.fetchValue(PERSON.PHONE, PERSON.ID.eq(id));
    }

    @Test
    @WithUserDetails("staff")
    void staff_open_the_edit_from_the_detail_change_the_phone_and_are_back_on_the_detail() {
        long id = resident();
        navigate(ResidentDetailView.class, id);

        test($(Button.class).id("resident-edit")).click();
        assertThat(getCurrentView()).isInstanceOf(ResidentEditView.class);
        test($(TextField.class).id("edit-phone")).setValue("+47 41111111");
        test($(Button.class).id("edit-save")).click();

        assertThat(getCurrentView()).isInstanceOf(ResidentDetailView.class);
        assertThat(phone(id)).isEqualTo("+47 41111111");
    }

    @Test
    @WithUserDetails("staff")
    void a_wrong_identity_number_and_a_bad_document_row_are_marked_and_nothing_is_saved() {
        long id = resident();
        navigate(ResidentEditView.class, id);

        test($(TextField.class).id("edit-phone")).setValue("+47 42222222");
        test($(TextField.class).id("edit-identity-number")).setValue("31129956716");
        test($(Button.class).id("edit-add-document")).click();
        test($(TextField.class).id("edit-document-1-country")).setValue("XX");
        test($(Button.class).id("edit-save")).click();

        TextField identity = $(TextField.class).id("edit-identity-number");
        assertThat(identity.isInvalid()).isTrue();
        assertThat(identity.getErrorMessage()).isNotBlank().doesNotContain("validation.");
        assertThat($(TextField.class).id("edit-document-1-number").isInvalid()).isTrue();
        assertThat($(TextField.class).id("edit-document-1-country").getErrorMessage()).contains("XX");
        assertThat($(TextField.class).id("edit-document-0-number").isInvalid()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(ResidentEditView.class);
        assertThat(phone(id)).isNull();
    }

    @Test
    @WithUserDetails("staff")
    void saving_over_someone_elses_save_says_so_and_keeps_their_change() {
        long id = resident();
        navigate(ResidentEditView.class, id);
        data.as("admin", () -> {
            ResidentChange c = residents.forEdit(id);
            residents.update(new ResidentChange(c.id(), c.version(), c.familyName(), c.givenNames(),
                    c.familyNameCyrillic(), c.givenNamesCyrillic(), c.birthDate(), c.sex(), c.citizenships(),
                    c.languages(), "+47 43333333", c.needs(), c.needsNote(), c.arrivalDate(), c.identityNumber(),
                    c.documents(), c.registrations()));
        });

        test($(TextField.class).id("edit-phone")).setValue("+47 44444444");
        test($(Button.class).id("edit-save")).click();

        assertThat(test($(Notification.class).last()).getText()).contains("Someone else saved this person");
        assertThat(getCurrentView()).isInstanceOf(ResidentEditView.class);
        assertThat(phone(id)).isEqualTo("+47 43333333");
    }

    @Test
    @WithUserDetails("staff")
    void a_person_who_only_stayed_here_before_opens_read_only_instead_of_the_edit() {
        long id = resident();
        data.checkOut(id);

        navigate(ResidentDetailView.class, id);
        assertThat($(Button.class).withId("resident-edit").exists()).isFalse();
        UI.getCurrent().navigate(ResidentEditView.class, id);

        assertThat(getCurrentView()).isInstanceOf(ResidentDetailView.class);
    }

    @Test
    @WithUserDetails("manager")
    void managers_read_the_detail_without_edit_actions_and_cannot_open_the_edit() {
        long id = resident();
        navigate(ResidentDetailView.class, id);

        assertThat($(Button.class).withId("resident-edit").exists()).isFalse();
        assertThat($(Button.class).withId("resident-merge").exists()).isFalse();
        UI.getCurrent().navigate(ResidentEditView.class, id);
        assertThat(getCurrentView()).isNotInstanceOf(ResidentEditView.class);
    }
}
