package no.ankomst.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import no.ankomst.AnkomstTest;
import no.ankomst.base.ValidationException;
import no.ankomst.residents.ResidentTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Registration and edit share one set of person fields: a violation the service names lands on the same field. */
@AnkomstTest
@WithUserDetails("staff")
class PersonFieldsViewTest extends SpringBrowserlessTest {

    private static final String WRONG_CHECK_DIGITS = "31129956716";

    @Autowired
    ResidentTestData data;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void a_wrong_identity_number_is_marked_on_the_identity_number_field_with_the_same_message_in_both_forms() {
        navigate(RegistrationView.class);
        test($(TextField.class).id("reg-family-name")).setValue(ResidentTestData.surname());
        test($(TextField.class).id("reg-given-names")).setValue("Oksana");
        test($(TextField.class).id("reg-identity-number")).setValue(WRONG_CHECK_DIGITS);
        test($(Button.class).id("reg-save")).click();
        TextField registering = $(TextField.class).id("reg-identity-number");

        navigate(ResidentEditView.class, resident());
        test($(TextField.class).id("edit-identity-number")).setValue(WRONG_CHECK_DIGITS);
        test($(Button.class).id("edit-save")).click();
        TextField editing = $(TextField.class).id("edit-identity-number");

        assertThat(registering.isInvalid()).isTrue();
        assertThat(editing.isInvalid()).isTrue();
        assertThat(registering.getErrorMessage()).isNotBlank().doesNotContain("validation.")
                .isEqualTo(editing.getErrorMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"familyName", "givenNames", "familyNameCyrillic", "givenNamesCyrillic", "birthDate", "sex",
            "citizenships", "languages", "phone", "identityNumber", "arrivalDate", "needs", "needsNote"})
    void every_person_field_the_service_names_is_marked_in_registration_and_in_edit(String field) {
        ValidationException violation = ValidationException.of(field, "validation.required");

        navigate(RegistrationView.class);
        $(RegistrationForm.class).single().showErrors(violation);
        assertThat(invalid("reg", field)).as("registration marks %s", field).isTrue();

        navigate(ResidentEditView.class, resident());
        $(ResidentEditForm.class).single().showErrors(violation);
        assertThat(invalid("edit", field)).as("edit marks %s", field).isTrue();
    }

    private long resident() {
        return data.head(ResidentTestData.surname(), "Oksana", LocalDate.of(1985, 4, 12), ResidentTestData.RADE)
                .personId();
    }

    /** The field with id {@code <prefix>-<field in kebab case>}, e.g. reg-family-name. */
    private boolean invalid(String prefix, String field) {
        String id = prefix + "-" + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return ((HasValidation) $(Component.class).id(id)).isInvalid();
    }
}
