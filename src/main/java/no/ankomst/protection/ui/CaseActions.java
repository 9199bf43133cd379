package no.ankomst.protection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import no.ankomst.base.ui.Dates;
import no.ankomst.base.ui.I18n;
import no.ankomst.protection.CaseState;
import no.ankomst.protection.PermitPeriods;
import no.ankomst.protection.ProcessingTrack;
import no.ankomst.protection.ProtectionCaseRecords.CaseDetail;
import no.ankomst.protection.ProtectionCaseRecords.Grant;
import no.ankomst.protection.ProtectionCaseRecords.GrantDetails;
import no.ankomst.protection.ProtectionCaseRecords.Renewal;
import no.ankomst.protection.ProtectionCaseRecords.StateChange;
import no.ankomst.protection.ProtectionCaseService;
import no.ankomst.protection.ResidenceCardStatus;
import org.jspecify.annotations.Nullable;

/** The case panel's actions: open, change state (only the allowed next states), grant, renew, details. */
class CaseActions {

    private final ProtectionCaseService cases;
    private final long personId;
    private final LocalDate today;
    private final Runnable reload;

    CaseActions(ProtectionCaseService cases, long personId, LocalDate today, Runnable reload) {
        this.cases = cases;
        this.personId = personId;
        this.today = today;
        this.reload = reload;
    }

    Button openButton(@Nullable LocalDate registeredOn) {
        return button("case-open", "case.open", VaadinIcon.FOLDER_OPEN, () -> {
            CaseDialog dialog = new CaseDialog("case-open-dialog", "case.open", today,
                    d -> cases.open(personId, d.effectiveOn.getValue(), d.reason.getValue()), reload).withReason();
            if (registeredOn != null) {
                dialog.effectiveOn.setValue(registeredOn);
            }
            dialog.open();
        });
    }

    Component buttons(CaseDetail detail, int maxPermitYears) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("case-actions");
        List<CaseState> steps = detail.allowedNext().stream().filter(s -> s != CaseState.GRANTED).sorted().toList();
        if (!steps.isEmpty()) {
            buttons.add(button("case-change-state", "case.changeState", VaadinIcon.ARROW_FORWARD,
                    () -> changeState(detail, steps).open()));
        }
        if (detail.state().canGoTo(CaseState.GRANTED)) {
            buttons.add(button("case-grant", "case.grant", VaadinIcon.CHECK, () -> grant(detail).open()));
        }
        if (detail.state() == CaseState.GRANTED) {
            buttons.add(button("case-renew", "case.renew", VaadinIcon.REFRESH, () -> renew(detail, maxPermitYears).open()),
                    button("case-details", "case.details", VaadinIcon.CREDIT_CARD, () -> details(detail).open()));
        }
        return buttons;
    }

    CaseDialog changeState(CaseDetail detail, List<CaseState> steps) {
        Select<CaseState> to = new Select<>();
        DatePicker interviewOn = Dates.picker(I18n.t("field.interviewOn"));
        Select<ProcessingTrack> track = new Select<>();
        CaseDialog dialog = new CaseDialog("case-state-dialog", "case.changeState", today,
                d -> cases.changeState(detail.id(), detail.version(), new StateChange(to.getValue(),
                        d.effectiveOn.getValue(), d.reason.getValue(), interviewOn.getValue(), track.getValue())),
                reload);
        to.setId("case-state-to");
        to.setLabel(I18n.t("field.toState"));
        to.setItems(steps);
        to.setItemLabelGenerator(s -> s == null ? "" : I18n.t(s.i18nKey()));
        interviewOn.setId("case-state-interview-on");
        interviewOn.setMin(today.minusYears(1));
        track.setId("case-state-track");
        track.setLabel(I18n.t("field.processingTrack"));
        track.setItems(ProcessingTrack.values());
        track.setItemLabelGenerator(t -> t == null ? "" : I18n.t("processingTrack." + t.name()));
        // each step asks only for what it needs
        to.addValueChangeListener(e -> {
            interviewOn.setVisible(e.getValue() == CaseState.CALLED_FOR_INTERVIEW);
            track.setVisible(e.getValue() == CaseState.IN_PROCESSING);
        });
        interviewOn.setVisible(false);
        track.setVisible(false);
        dialog.field("toState", to);
        dialog.field("interviewOn", interviewOn);
        dialog.field("processingTrack", track);
        if (steps.size() == 1) {
            to.setValue(steps.getFirst());
        }
        return dialog.withReason();
    }

    CaseDialog grant(CaseDetail detail) {
        DatePicker from = Dates.picker(I18n.t("field.permitFrom"));
        DatePicker to = Dates.picker(I18n.t("field.permitTo"));
        Select<ResidenceCardStatus> card = cardSelect("case-grant-card");
        TextField number = new TextField(I18n.t("field.identityNumber"));
        DatePicker letter = Dates.picker(I18n.t("field.decisionLetterSentOn"));
        Checkbox post = new Checkbox(I18n.t("field.addressReceivesPost"));
        CaseDialog dialog = new CaseDialog("case-grant-dialog", "case.grant", today,
                d -> cases.grant(detail.id(), detail.version(), new Grant(d.effectiveOn.getValue(), d.reason.getValue(),
                        from.getValue(), to.getValue(), card.getValue(), number.getValue(), letter.getValue(),
                        post.getValue())), reload);
        from.setId("case-grant-from");
        to.setId("case-grant-to");
        // one year unless UDI decided otherwise
        from.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                to.setValue(PermitPeriods.oneYearFrom(e.getValue()));
            }
        });
        from.setValue(today);
        number.setId("case-grant-number");
        letter.setId("case-grant-letter");
        post.setId("case-grant-post");
        dialog.field("permitFrom", from);
        dialog.field("permitTo", to);
        dialog.field("residenceCard", card);
        dialog.field("identityNumber", number);
        dialog.field("decisionLetterSentOn", letter);
        dialog.addOther(post);
        return dialog.withReason();
    }

    CaseDialog renew(CaseDetail detail, int maxPermitYears) {
        DatePicker to = Dates.picker(I18n.t("field.permitTo"));
        to.setId("case-renew-to");
        if (detail.permitTo() != null && detail.permitFrom() != null) {
            to.setHelperText(I18n.t("field.permitFrom") + " " + PermitPeriods.renewalStart(detail.permitTo()));
            to.setValue(PermitPeriods.renewalEnd(detail.permitFrom(), detail.permitTo(), maxPermitYears));
        }
        CaseDialog dialog = new CaseDialog("case-renew-dialog", "case.renew", today,
                d -> cases.renew(detail.id(), detail.version(), new Renewal(d.effectiveOn.getValue(),
                        d.reason.getValue(), to.getValue())), reload);
        dialog.field("permitTo", to);
        return dialog.withReason();
    }

    CaseDialog details(CaseDetail detail) {
        Select<ResidenceCardStatus> card = cardSelect("case-details-card");
        card.setValue(detail.residenceCard());
        TextField number = new TextField(I18n.t("field.identityNumber"));
        number.setId("case-details-number");
        DatePicker letter = Dates.picker(I18n.t("field.decisionLetterSentOn"), detail.decisionLetterSentOn());
        letter.setId("case-details-letter");
        Checkbox post = new Checkbox(I18n.t("field.addressReceivesPost"),
                Boolean.TRUE.equals(detail.addressReceivesPost()));
        post.setId("case-details-post");
        CaseDialog dialog = new CaseDialog("case-details-dialog", "case.details", today,
                d -> cases.updateGrantDetails(detail.id(), detail.version(), new GrantDetails(d.effectiveOn.getValue(),
                        d.reason.getValue(), card.getValue(), number.getValue(), letter.getValue(), post.getValue())),
                reload);
        dialog.field("residenceCard", card);
        dialog.field("identityNumber", number);
        dialog.field("decisionLetterSentOn", letter);
        dialog.addOther(post);
        return dialog.withReason();
    }

    private static Select<ResidenceCardStatus> cardSelect(String id) {
        Select<ResidenceCardStatus> card = new Select<>();
        card.setId(id);
        card.setLabel(I18n.t("field.residenceCard"));
        card.setItems(ResidenceCardStatus.values());
        card.setItemLabelGenerator(c -> c == null ? "" : I18n.t("residenceCard." + c.name()));
        return card;
    }

    private static Button button(String id, String labelKey, VaadinIcon icon, Runnable onClick) {
        Button button = new Button(I18n.t(labelKey), icon.create(), event -> onClick.run());
        button.setId(id);
        return button;
    }
}
