package no.ankomst.residents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.base.ValidationException;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import no.ankomst.residents.ResidentRecords.ResidentChange;
import org.springframework.dao.DuplicateKeyException;

/**
 * The rows of an edit (documents, police registrations) checked with the registration's rules, each
 * violation named by its row ({@code documents.0.documentNumber}), plus what only a list can break: the
 * same document or card twice.
 */
final class ResidentEditRules {

    static final int MAX_ROWS = 20;

    private ResidentEditRules() {
    }

    static void checkRows(Violations violations, ResidentChange change, LocalDate today,
                          RegistrationValidator.Registry registry) {
        violations.check(change.documents().size() <= MAX_ROWS, "documents", "validation.range", 0, MAX_ROWS);
        violations.check(change.registrations().size() <= MAX_ROWS, "policeRegistrations", "validation.range", 0,
                MAX_ROWS);
        Map<String, Integer> documents = new HashMap<>();
        for (int i = 0; i < change.documents().size(); i++) {
            DocumentInput document = change.documents().get(i).document();
            String prefix = "documents." + i + ".";
            ResidentRegistrationRules.checkDocument(violations, prefix, document, registry);
            String key = document.type() + "/" + document.issuingCountry().strip().toUpperCase() + "/"
                    + ResidentRepository.normalizeDocumentNumber(document.number());
            Integer earlier = documents.putIfAbsent(key, i);
            violations.check(earlier == null, prefix + "documentNumber", "validation.document.twice");
        }
        Map<String, Integer> cards = new HashMap<>();
        for (int i = 0; i < change.registrations().size(); i++) {
            PoliceRegistrationInput registration = change.registrations().get(i).registration();
            String prefix = "policeRegistrations." + i + ".";
            ResidentRegistrationRules.checkRegistration(violations, prefix, registration, today, registry);
            String card = registration.asylumCardNumber();
            if (card != null && !card.isBlank()) {
                Integer earlier = cards.putIfAbsent(ResidentRepository.normalizeDocumentNumber(card), i);
                violations.check(earlier == null, prefix + "asylumCardNumber", "validation.cardNumber.twice");
            }
        }
    }

    /** A unique index that refused a write the checks had let through: the rule, in the user's terms. */
    static ValidationException explain(DuplicateKeyException raced) {
        String message = String.valueOf(raced.getMessage());
        if (message.contains("identity_document_uq")) {
            return ValidationException.of("documents", "validation.document.taken");
        }
        if (message.contains("police_registration_card_uq")) {
            return ValidationException.of("policeRegistrations", "validation.cardNumber.taken");
        }
        return new ValidationException(List.of(new ValidationException.Violation("identityNumber",
                "validation.identityNumber.taken", List.of())));
    }
}
