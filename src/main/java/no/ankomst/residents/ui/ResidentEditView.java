package no.ankomst.residents.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.ankomst.base.ConflictException;
import no.ankomst.base.ValidationException;
import no.ankomst.base.ui.Notifications;
import no.ankomst.base.ui.PageHeading;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import no.ankomst.residents.ResidentService;
import no.ankomst.security.Capability;
import no.ankomst.security.RouteCapability;
import org.springframework.security.access.AccessDeniedException;

/**
 * Edits one resident. Opened from the detail's "Edit"; the service refuses people the user may only
 * read. If someone else saved the person meanwhile, nothing is saved and the form stays as typed, so
 * the user can compare with the reloaded record.
 */
@Route("residents/person/edit")
@RolesAllowed({"ADMIN", "CENTRE_STAFF"})
@RouteCapability(Capability.EDIT_RESIDENT)
public class ResidentEditView extends VerticalLayout implements HasUrlParameter<Long>, PageHeading {

    private String heading = "";

    private final ResidentService residents;

    ResidentEditView(ResidentService residents) {
        this.residents = residents;
        setId("resident-edit-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ResidentChange current;
        try {
            current = residents.forEdit(id);
        } catch (AccessDeniedException readOnly) {
            // e.g. a past stay at the user's site: the person may be read, not changed
            Notifications.error(getTranslation("error.accessDenied"));
            event.forwardTo(ResidentDetailView.class, id);
            return;
        }
        ResidentEditForm form = new ResidentEditForm(current);
        form.addSaveListener(e -> save(form, e.change()));
        form.addCancelListener(e -> backTo(id));
        heading = getTranslation("edit.title", current.familyName() + ", " + current.givenNames());
        add(form);
    }

    private void save(ResidentEditForm form, ResidentChange change) {
        try {
            List<String> warnings = residents.update(change);
            warnings.forEach(key -> Notifications.error(getTranslation(key)));
            Notifications.success(getTranslation("edit.saved"));
            backTo(change.id());
        } catch (ValidationException invalid) {
            form.showErrors(invalid);
        } catch (ConflictException conflict) {
            Notifications.error(getTranslation("edit.conflict"));
        }
    }

    private void backTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(ResidentDetailView.class, id));
    }

    @Override
    public String heading() {
        return heading;
    }
}
