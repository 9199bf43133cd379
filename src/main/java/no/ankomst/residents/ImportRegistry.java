package no.ankomst.residents;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ankomst.residents.ImportRowReader.ParsedRow;
import no.ankomst.residents.RegistrationImportRepository.DocumentKey;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;

/**
 * Answers the registration rules' "is this number taken?" for one chunk of rows from three queries
 * made up front, instead of three queries per row.
 */
final class ImportRegistry implements RegistrationValidator.Registry {

    private final Set<String> identityNumbers;
    private final Set<DocumentKey> documents;
    private final Set<String> cards;

    private ImportRegistry(Set<String> identityNumbers, Set<DocumentKey> documents, Set<String> cards) {
        this.identityNumbers = identityNumbers;
        this.documents = documents;
        this.cards = cards;
    }

    static ImportRegistry load(List<ParsedRow> chunk, RegistrationImportRepository repository) {
        Set<String> identityNumbers = new HashSet<>();
        Set<DocumentKey> documents = new HashSet<>();
        Set<String> cards = new HashSet<>();
        for (ParsedRow parsed : chunk) {
            String identity = parsed.resident().identityNumber();
            if (identity != null && !identity.isBlank()) {
                try {
                    identityNumbers.add(IdentityNumber.parse(identity).value());
                } catch (InvalidIdentityNumberException invalid) {
                    // the rules report it; an invalid number is never looked up
                }
            }
            DocumentInput document = parsed.resident().document();
            if (document != null && document.type() != null) {
                documents.add(key(document.type(), document.issuingCountry(), document.number()));
            }
            PoliceRegistrationInput registration = parsed.resident().registration();
            if (registration != null && registration.asylumCardNumber() != null) {
                cards.add(ResidentRepository.normalizeDocumentNumber(registration.asylumCardNumber()));
            }
        }
        return new ImportRegistry(repository.takenIdentityNumbers(identityNumbers),
                repository.takenDocuments(documents), repository.takenCardNumbers(cards));
    }

    @Override
    public boolean identityNumberTaken(String identityNumber) {
        return identityNumbers.contains(identityNumber);
    }

    @Override
    public boolean documentTaken(DocumentType type, String country, String number) {
        return documents.contains(key(type, country, number));
    }

    @Override
    public boolean cardNumberTaken(String cardNumber) {
        return cards.contains(ResidentRepository.normalizeDocumentNumber(cardNumber));
    }

    /** Import rows never join a household that already exists; they form their own from household_key. */
    @Override
    public boolean householdExists(long householdId) {
        throw new IllegalStateException("an imported row does not join an existing household");
    }

    @Override
    public boolean householdHasHead(long householdId) {
        throw new IllegalStateException("an imported row does not join an existing household");
    }

    private static DocumentKey key(DocumentType type, String country, String number) {
        return new DocumentKey(type, country.strip().toUpperCase(), ResidentRepository.normalizeDocumentNumber(number));
    }
}
