package no.ankomst.residents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ankomst.residents.ImportRowReader.ParsedRow;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import org.jspecify.annotations.Nullable;

/**
 * Numbers that must be unique, as seen in earlier valid rows of the same file: the database only knows
 * what was registered before, and the second of two equal rows would otherwise fail the whole commit.
 * Holds three short strings per row, not the rows.
 */
final class ImportUniqueness {

    private final Map<String, Integer> identityNumbers = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();
    private final Map<String, Integer> cards = new HashMap<>();

    void check(ParsedRow parsed, @Nullable IdentityNumber identityNumber, List<RowError> found) {
        int row = parsed.row();
        if (identityNumber != null) {
            duplicate(row, identityNumbers.get(identityNumber.value()), ImportColumn.IDENTITY_NUMBER, found);
        }
        String document = documentKey(parsed.resident().document());
        if (document != null) {
            duplicate(row, documents.get(document), ImportColumn.DOCUMENT_NUMBER, found);
        }
        String card = cardKey(parsed.resident().registration());
        if (card != null) {
            duplicate(row, cards.get(card), ImportColumn.ASYLUM_CARD_NUMBER, found);
        }
    }

    void remember(ParsedRow parsed, @Nullable IdentityNumber identityNumber) {
        if (identityNumber != null) {
            identityNumbers.put(identityNumber.value(), parsed.row());
        }
        String document = documentKey(parsed.resident().document());
        if (document != null) {
            documents.put(document, parsed.row());
        }
        String card = cardKey(parsed.resident().registration());
        if (card != null) {
            cards.put(card, parsed.row());
        }
    }

    private static void duplicate(int row, @Nullable Integer firstRow, ImportColumn column, List<RowError> found) {
        if (firstRow != null) {
            found.add(new RowError(row, column.header(), "import.error.sameAsRow", List.of(firstRow)));
        }
    }

    private static @Nullable String documentKey(@Nullable DocumentInput document) {
        if (document == null || document.type() == null) {
            return null;
        }
        return document.type().name() + '|' + document.issuingCountry().strip().toUpperCase() + '|'
                + ResidentRepository.normalizeDocumentNumber(document.number());
    }

    private static @Nullable String cardKey(@Nullable PoliceRegistrationInput registration) {
        String card = registration == null ? null : registration.asylumCardNumber();
        return card == null || card.isBlank() ? null : ResidentRepository.normalizeDocumentNumber(card);
    }
}
