package no.ankomst.residents;

import java.time.LocalDate;
import no.ankomst.base.Violations;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.NewResident;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;

/** The rules for the documents seen and the police registration of one registration. */
final class ResidentRegistrationRules {

    private ResidentRegistrationRules() {
    }

    static void checkDocumentAndRegistration(Violations violations, NewResident r, LocalDate today,
                                             RegistrationValidator.Registry repository) {
        DocumentInput document = r.document();
        if (document != null) {
            violations.check(document.type() != null, "documentType", "validation.required");
            String number = ResidentRepository.normalizeDocumentNumber(document.number());
            violations.check(number.matches("[A-Z0-9-]{3,30}"), "documentNumber", "validation.documentNumber");
            String country = document.issuingCountry().strip().toUpperCase();
            violations.check(IsoCodes.COUNTRIES.contains(country), "documentCountry", "validation.country.unknown", country);
            if (document.type() != null && number.matches("[A-Z0-9-]{3,30}")) {
                violations.check(!repository.documentTaken(document.type(), country, number), "documentNumber",
                        "validation.document.taken");
            }
        }
        PoliceRegistrationInput registration = r.registration();
        if (registration != null) {
            LocalDate on = registration.registeredOn();
            violations.check(on != null, "registeredOn", "validation.required");
            violations.check(on == null || !on.isAfter(today), "registeredOn", "validation.date.future");
            violations.required("policeDistrict", registration.policeDistrict());
            violations.maxLength("policeDistrict", registration.policeDistrict(), 100);
            String card = registration.asylumCardNumber();
            if (card != null && !card.isBlank()) {
                String normalized = ResidentRepository.normalizeDocumentNumber(card);
                violations.check(normalized.matches("[A-Z0-9-]{4,20}"), "asylumCardNumber", "validation.cardNumber");
                violations.check(!repository.cardNumberTaken(normalized), "asylumCardNumber",
                        "validation.cardNumber.taken");
            }
        }
    }
}
