package no.ankomst.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import no.ankomst.base.ConflictException;
import no.ankomst.base.PageRequest;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Chip;
import no.ankomst.base.ui.Grids;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.security.Capability;
import no.ankomst.security.Role;
import no.ankomst.security.RouteCapability;
import no.ankomst.security.UserRecords.UserFilter;
import no.ankomst.security.UserRecords.UserRow;
import no.ankomst.security.UserService;

/** Administrators create users, set role and scope, deactivate and reset passwords. */
@Route("admin/users")
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
@RouteCapability(Capability.ADMINISTER)
public class UserAdminView extends VerticalLayout implements BeforeEnterObserver, PageHeading {

    private final UserService users;
    private final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();
    private final Checkbox includeInactive = new Checkbox();
    private final Checkbox lockedOnly = new Checkbox();
    private final Button edit = new Button();
    private final Button toggleActive = new Button();
    private final Button resetPassword = new Button();

    UserAdminView(UserService users) {
        this.users = users;
        setId("user-admin-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        updateActions(Optional.empty());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lockedOnly.setValue(event.getLocation().getQueryParameters().getSingleParameter("locked")
                .map("true"::equals).orElse(false));
        refresh();
    }

    private HorizontalLayout createToolbar() {
        search.setId("users-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> refresh());
        roleFilter.setId("users-role-filter");
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("users.allRoles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("users.allRoles")
                : getTranslation(role.i18nKey()));
        roleFilter.addValueChangeListener(event -> refresh());
        includeInactive.setLabel(getTranslation("users.includeInactive"));
        includeInactive.setValue(true);
        includeInactive.addValueChangeListener(event -> refresh());
        lockedOnly.setLabel(getTranslation("users.lockedOnly"));
        lockedOnly.setId("users-locked-only");
        lockedOnly.addValueChangeListener(event -> refresh());

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), event -> openCreate());
        create.setId("users-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        edit.setText(getTranslation("action.edit"));
        edit.setId("users-edit");
        edit.addClickListener(event -> selected().ifPresent(this::openEdit));
        toggleActive.setId("users-toggle-active");
        toggleActive.addClickListener(event -> selected().ifPresent(this::toggleActive));
        resetPassword.setText(getTranslation("users.resetPassword"));
        resetPassword.setId("users-reset-password");
        resetPassword.addClickListener(event -> selected().ifPresent(this::openResetPassword));

        HorizontalLayout filters = new HorizontalLayout(search, roleFilter, includeInactive, lockedOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(create, edit, toggleActive, resetPassword);
        HorizontalLayout toolbar = new HorizontalLayout(filters, actions);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Grid<UserRow> createGrid() {
        grid.setId("users-grid");
        Grids.emptyState(grid, "empty.users");
        grid.addColumn(UserRow::username).setHeader(getTranslation("field.username")).setKey("username")
                .setSortable(true);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("field.fullName")).setKey("fullName")
                .setSortable(true);
        grid.addColumn(row -> getTranslation(row.role().i18nKey())).setHeader(getTranslation("field.role"))
                .setKey("role").setSortable(true);
        grid.addColumn(this::scope).setHeader(getTranslation("field.scope")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("field.status")).setKey("active")
                .setSortable(true);
        grid.setItems(query -> users.page(filter(), new PageRequest(query.getOffset(), query.getLimit(),
                        sort(query.getSortOrders()))).stream(),
                query -> users.count(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> updateActions(Optional.ofNullable(event.getValue())));
        grid.addItemDoubleClickListener(event -> openEdit(event.getItem()));
        Grids.opensRowsWithKeys(grid, this::openEdit);
        grid.setSizeFull();
        return grid;
    }

    private String scope(UserRow row) {
        boolean seesEverything = !row.role().isSiteScoped() && !row.role().isMunicipalityScoped()
                && !row.role().isCountyScoped();
        return seesEverything ? getTranslation("scope.all") : String.join(", ", row.scopeNames());
    }

    private Span status(UserRow row) {
        if (!row.active()) {
            return Chip.of(getTranslation("users.status.inactive"), Chip.Tone.MUTED);
        }
        if (row.locked()) {
            return Chip.of(getTranslation("users.status.locked"), Chip.Tone.WARNING);
        }
        return Chip.of(getTranslation("users.status.active"), Chip.Tone.OK);
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), roleFilter.getValue(), includeInactive.getValue(),
                lockedOnly.getValue());
    }

    private static List<PageRequest.Sort> sort(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new PageRequest.Sort(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private Optional<UserRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void updateActions(Optional<UserRow> row) {
        edit.setEnabled(row.isPresent());
        resetPassword.setEnabled(row.isPresent());
        toggleActive.setEnabled(row.isPresent());
        toggleActive.setText(getTranslation(row.map(UserRow::active).orElse(true)
                ? "users.deactivate" : "users.reactivate"));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openCreate() {
        UserDialog dialog = new UserDialog(null, users.siteOptions(), users.municipalityOptions(),
                users.countyOptions());
        dialog.addCreateListener(event -> {
            try {
                users.create(event.user());
                dialog.close();
                Notifications.success(getTranslation("users.created", event.user().username()));
                refresh();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }

    private void openEdit(UserRow row) {
        UserDialog dialog = new UserDialog(users.get(row.id()), users.siteOptions(),
                users.municipalityOptions(), users.countyOptions());
        dialog.addChangeListener(event -> {
            try {
                users.update(event.change());
                dialog.close();
                Notifications.success(getTranslation("users.saved", row.username()));
                refresh();
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            } catch (ConflictException conflict) {
                Notifications.error(getTranslation("error.conflict"));
            }
        });
        dialog.open();
    }

    private void toggleActive(UserRow row) {
        int version = users.get(row.id()).version();
        if (row.active()) {
            users.deactivate(row.id(), version);
            Notifications.success(getTranslation("users.deactivated", row.username()));
        } else {
            users.reactivate(row.id(), version);
            Notifications.success(getTranslation("users.reactivated", row.username()));
        }
        grid.deselectAll();
        refresh();
    }

    private void openResetPassword(UserRow row) {
        PasswordDialog dialog = new PasswordDialog(row.username());
        dialog.addSaveListener(event -> {
            try {
                users.resetPassword(row.id(), users.get(row.id()).version(), event.password());
                dialog.close();
                Notifications.success(getTranslation("users.passwordReset", row.username()));
            } catch (ValidationException invalid) {
                dialog.showErrors(invalid);
            }
        });
        dialog.open();
    }

    @Override
    public String heading() {
        return getTranslation("nav.users");
    }
}
