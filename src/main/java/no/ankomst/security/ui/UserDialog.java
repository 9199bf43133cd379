package no.ankomst.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.FormErrors;
import no.ankomst.base.ui.FormKeys;
import no.ankomst.security.Role;
import no.ankomst.security.UserRecords.NewUser;
import no.ankomst.security.UserRecords.ScopeOption;
import no.ankomst.security.UserRecords.UserChange;
import no.ankomst.security.UserRecords.UserDetail;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits one user. Shows only the scope field the chosen role needs (sites for centre and
 * health staff, a municipality for a coordinator, counties for a settlement officer). Raises {@link CreateEvent} or {@link ChangeEvent};
 * the view saves and hands rule violations back with {@link #showErrors}.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<ScopeOption> sites = new MultiSelectComboBox<>();
    private final ComboBox<ScopeOption> municipality = new ComboBox<>();
    private final MultiSelectComboBox<ScopeOption> counties = new MultiSelectComboBox<>();
    private final PasswordField password = new PasswordField();
    private final @Nullable UserDetail editing;

    UserDialog(@Nullable UserDetail editing, List<ScopeOption> siteOptions, List<ScopeOption> municipalityOptions,
               List<ScopeOption> countyOptions) {
        this.editing = editing;
        setId("user-dialog");
        setHeaderTitle(getTranslation(editing == null ? "users.new" : "users.edit"));
        add(createForm(siteOptions, municipalityOptions, countyOptions));
        getFooter().add(createButtons());
        if (editing != null) {
            fill(editing, siteOptions, municipalityOptions, countyOptions);
        }
        showScopeFieldFor(role.getValue());
        (editing == null ? username : fullName).focus();
    }

    private FormLayout createForm(List<ScopeOption> siteOptions, List<ScopeOption> municipalityOptions,
                                  List<ScopeOption> countyOptions) {
        username.setLabel(getTranslation("field.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("users.username.help"));
        username.setMaxLength(40);
        username.setVisible(editing == null);
        fullName.setLabel(getTranslation("field.fullName"));
        fullName.setId("user-fullname");
        fullName.setMaxLength(100);
        role.setLabel(getTranslation("field.role"));
        role.setId("user-role-select");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.i18nKey()));
        role.addValueChangeListener(event -> showScopeFieldFor(event.getValue()));
        sites.setLabel(getTranslation("field.sites"));
        sites.setId("user-sites");
        sites.setItems(siteOptions);
        sites.setItemLabelGenerator(ScopeOption::name);
        municipality.setLabel(getTranslation("field.municipality"));
        municipality.setId("user-municipality");
        municipality.setItems(municipalityOptions);
        municipality.setItemLabelGenerator(option -> option.name() + " (" + option.key() + ")");
        counties.setLabel(getTranslation("field.counties"));
        counties.setId("user-counties");
        counties.setItems(countyOptions);
        counties.setItemLabelGenerator(ScopeOption::name);
        password.setLabel(getTranslation("field.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("users.password.help"));
        password.setVisible(editing == null);
        return new FormLayout(username, fullName, role, sites, municipality, counties, password);
    }

    private Button[] createButtons() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormKeys.install(this, save, this::close);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("user-cancel");
        return new Button[] {cancel, save};
    }

    private void fill(UserDetail user, List<ScopeOption> siteOptions, List<ScopeOption> municipalityOptions,
                      List<ScopeOption> countyOptions) {
        username.setValue(user.username());
        fullName.setValue(user.fullName());
        role.setValue(user.role());
        sites.setValue(siteOptions.stream().filter(o -> user.siteIds().contains(Long.parseLong(o.key())))
                .collect(Collectors.toSet()));
        municipalityOptions.stream().filter(o -> o.key().equals(user.municipalityCode())).findFirst()
                .ifPresent(municipality::setValue);
        counties.setValue(countyOptions.stream().filter(o -> user.countyCodes().contains(o.key()))
                .collect(Collectors.toSet()));
    }

    private void showScopeFieldFor(@Nullable Role chosen) {
        sites.setVisible(chosen != null && chosen.isSiteScoped());
        municipality.setVisible(chosen != null && chosen.isMunicipalityScoped());
        counties.setVisible(chosen != null && chosen.isCountyScoped());
    }

    private void save() {
        Role chosen = role.getValue();
        // a hidden field's value is dropped, so a role change never leaves a stale scope behind
        Set<Long> siteIds = sites.isVisible()
                ? sites.getValue().stream().map(o -> Long.parseLong(o.key())).collect(Collectors.toSet()) : Set.of();
        String municipalityCode = municipality.isVisible() && municipality.getValue() != null
                ? municipality.getValue().key() : null;
        Set<String> countyCodes = counties.isVisible()
                ? counties.getValue().stream().map(ScopeOption::key).collect(Collectors.toSet()) : Set.of();
        if (editing == null) {
            fireEvent(new CreateEvent(this, new NewUser(username.getValue(), fullName.getValue(), chosen, siteIds,
                    municipalityCode, password.getValue(), countyCodes)));
        } else {
            fireEvent(new ChangeEvent(this, new UserChange(editing.id(), editing.version(), fullName.getValue(),
                    chosen, siteIds, municipalityCode, countyCodes)));
        }
    }

    void showErrors(ValidationException exception) {
        FormErrors.show(exception, fields());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("role", role);
        fields.put("sites", sites);
        fields.put("municipality", municipality);
        fields.put("counties", counties);
        fields.put("password", password);
        return fields;
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static final class CreateEvent extends ComponentEvent<UserDialog> {
        private final NewUser user;

        CreateEvent(UserDialog source, NewUser user) {
            super(source, false);
            this.user = user;
        }

        NewUser user() {
            return user;
        }
    }

    static final class ChangeEvent extends ComponentEvent<UserDialog> {
        private final UserChange change;

        ChangeEvent(UserDialog source, UserChange change) {
            super(source, false);
            this.change = change;
        }

        UserChange change() {
            return change;
        }
    }
}
