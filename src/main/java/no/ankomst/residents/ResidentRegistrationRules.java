package no.ankomst.residents;

import java.time.LocalDate;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;

/**
 * The rules for documents seen and police registrations: one of each at registration, any number
 * when a person is edited. {@code prefix} places a violation on its row ("documents.1.") in an edit.
 */
final class ResidentRegistrationRules {

    private ResidentRegistrationRules() {
    }

    static void checkDocumentAndRegistration(Violations violations, NewResident r, LocalDate today,
                                             RegistrationValidator.Registry repository) {
        DocumentInput document = r.document();
        if (document != null) {
            checkDocument(violations, "", document, repository);
        }
        PoliceRegistrationInput registration = r.registration();
        if (registration != null) {
            checkRegistration(violations, "", registration, today, repository);
        }
    }

    static void checkDocument(Violations violations, String prefix, DocumentInput document,
                              RegistrationValidator.Registry repository) {
        violations.check(document.type() != null, prefix + "documentType", "validation.required");
        String number = ResidentRepository.normalizeDocumentNumber(document.number());
        violations.check(number.matches("[A-Z0-9-]{3,30}"), prefix + "documentNumber", "validation.documentNumber");
        String country = document.issuingCountry().strip().toUpperCase();
        violations.check(IsoCodes.COUNTRIES.contains(country), prefix + "documentCountry", "validation.country.unknown",
                country);
        if (document.type() != null && number.matches("[A-Z0-9-]{3,30}")) {
            violations.check(!repository.documentTaken(document.type(), country, number), prefix + "documentNumber",
                    "validation.document.taken");
        }
    }

    static void checkRegistration(Violations violations, String prefix, PoliceRegistrationInput registration,
                                  LocalDate today, RegistrationValidator.Registry repository) {
        LocalDate on = registration.registeredOn();
        violations.check(on != null, prefix + "registeredOn", "validation.required");
        violations.check(on == null || !on.isAfter(today), prefix + "registeredOn", "validation.date.future");
        violations.required(prefix + "policeDistrict", registration.policeDistrict());
        violations.maxLength(prefix + "policeDistrict", registration.policeDistrict(), 100);
        String card = registration.asylumCardNumber();
        if (card != null && !card.isBlank()) {
            String normalized = ResidentRepository.normalizeDocumentNumber(card);
            violations.check(normalized.matches("[A-Z0-9-]{4,20}"), prefix + "asylumCardNumber",
                    "validation.cardNumber");
            violations.check(!repository.cardNumberTaken(normalized), prefix + "asylumCardNumber",
                    "validation.cardNumber.taken");
        }
    }
}
