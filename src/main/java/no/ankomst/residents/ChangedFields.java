package no.ankomst.residents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.ankomst.residents.ResidentRecords.DocumentEdit;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.RegistrationEdit;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import org.jspecify.annotations.Nullable;

/**
 * Which fields an edit changes, by name only: the audit line says what was changed, never the values
 * (identity numbers, needs and phone numbers are sensitive).
 */
final class ChangedFields {

    private ChangedFields() {
    }

    static List<String> between(ResidentChange before, ResidentChange after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "familyName", text(before.familyName()), text(after.familyName()));
        compare(changed, "givenNames", text(before.givenNames()), text(after.givenNames()));
        compare(changed, "familyNameCyrillic", text(before.familyNameCyrillic()), text(after.familyNameCyrillic()));
        compare(changed, "givenNamesCyrillic", text(before.givenNamesCyrillic()), text(after.givenNamesCyrillic()));
        compare(changed, "birthDate", before.birthDate(), after.birthDate());
        compare(changed, "sex", before.sex(), after.sex());
        compare(changed, "citizenships", before.citizenships(), after.citizenships());
        compare(changed, "languages", before.languages(), after.languages());
        compare(changed, "phone", text(before.phone()), text(after.phone()));
        compare(changed, "needs", before.needs(), after.needs());
        compare(changed, "needsNote", text(before.needsNote()), text(after.needsNote()));
        compare(changed, "arrivalDate", before.arrivalDate(), after.arrivalDate());
        compare(changed, "identityNumber", digits(before.identityNumber()), digits(after.identityNumber()));
        rows(changed, "documents", documents(before.documents()), documents(after.documents()));
        rows(changed, "policeRegistrations", registrations(before.registrations()),
                registrations(after.registrations()));
        return changed;
    }

    private static void compare(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** "documents (1 added, 1 changed)": counts, not numbers. */
    private static void rows(List<String> changed, String name, Map<Long, Object> before, Map<Long, Object> after) {
        long added = after.keySet().stream().filter(id -> id < 0).count();
        long removed = before.keySet().stream().filter(id -> !after.containsKey(id)).count();
        long edited = after.entrySet().stream()
                .filter(e -> before.containsKey(e.getKey()) && !before.get(e.getKey()).equals(e.getValue())).count();
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(added + " added");
        }
        if (edited > 0) {
            parts.add(edited + " changed");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        if (!parts.isEmpty()) {
            changed.add(name + " (" + String.join(", ", parts) + ")");
        }
    }

    private static Map<Long, Object> documents(List<DocumentEdit> documents) {
        Map<Long, Object> byId = new HashMap<>();
        long next = -1;
        for (DocumentEdit edit : documents) {
            DocumentInput d = edit.document();
            byId.put(edit.id() != null ? edit.id() : next--, List.of(String.valueOf(d.type()),
                    ResidentRepository.normalizeDocumentNumber(d.number()), d.issuingCountry().strip().toUpperCase(),
                    String.valueOf(d.expiryDate())));
        }
        return byId;
    }

    private static Map<Long, Object> registrations(List<RegistrationEdit> registrations) {
        Map<Long, Object> byId = new HashMap<>();
        long next = -1;
        for (RegistrationEdit edit : registrations) {
            PoliceRegistrationInput r = edit.registration();
            String card = text(r.asylumCardNumber());
            byId.put(edit.id() != null ? edit.id() : next--, List.of(String.valueOf(r.registeredOn()),
                    r.policeDistrict().strip(), r.atArrivalCentre(), r.fingerprintsTaken(), r.photoTaken(),
                    card == null ? "" : ResidentRepository.normalizeDocumentNumber(card), r.askedForAccommodation()));
        }
        return byId;
    }

    private static @Nullable String text(@Nullable String value) {
        return ResidentRepository.blankToNull(value);
    }

    private static @Nullable String digits(@Nullable String value) {
        String text = text(value);
        return text == null ? null : text.replace(" ", "");
    }
}
