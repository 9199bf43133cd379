package no.ankomst.residents;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.ankomst.residents.ImportRowReader.ParsedRow;
import no.ankomst.residents.RegistrationImportRecords.RowError;
import no.ankomst.residents.ResidentRecords.DocumentInput;
import no.ankomst.residents.ResidentRecords.PoliceRegistrationInput;
import org.jspecify.annotations.Nullable;

/**
 * Numbers that must be unique, as seen in earlier valid rows of the same file: the database only knows
 * what was registered before, and the second of two equal rows would otherwise fail the whole commit.
 * A person is also one person by name and date of birth: a list pasted twice, or the same family
 * listed by two officers, would otherwise register everyone twice. Holds four short strings per row in
 * hash maps (one look-up per key and row, however long the file), not the rows.
 */
final class ImportUniqueness {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, Integer> identityNumbers = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();
    private final Map<String, Integer> cards = new HashMap<>();
    private final Map<String, Integer> people = new HashMap<>();

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
        String person = personKey(parsed);
        Integer samePerson = person == null ? null : people.get(person);
        if (samePerson != null) {
            found.add(new RowError(row, null, "import.error.samePersonAsRow", List.of(samePerson)));
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
        String person = personKey(parsed);
        if (person != null) {
            people.put(person, parsed.row());
        }
    }

    private static void duplicate(int row, @Nullable Integer firstRow, ImportColumn column, List<RowError> found) {
        if (firstRow != null) {
            found.add(new RowError(row, column.header(), "import.error.sameAsRow", List.of(firstRow)));
        }
    }

    /** Number and issuing country: one country does not give the same number to two documents of a file. */
    private static @Nullable String documentKey(@Nullable DocumentInput document) {
        if (document == null) {
            return null;
        }
        return document.issuingCountry().strip().toUpperCase(Locale.ROOT) + '|'
                + ResidentRepository.normalizeDocumentNumber(document.number());
    }

    /**
     * Name, ignoring case and spacing, and date of birth. Not the search's transliteration: that costs
     * far more per row, and within one list the same person is written the same way.
     */
    private static @Nullable String personKey(ParsedRow parsed) {
        var resident = parsed.resident();
        if (resident.birthDate() == null) {
            return null;
        }
        return plain(resident.familyName()) + '|' + plain(resident.givenNames()) + '|' + resident.birthDate();
    }

    private static String plain(String name) {
        return WHITESPACE.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static @Nullable String cardKey(@Nullable PoliceRegistrationInput registration) {
        String card = registration == null ? null : registration.asylumCardNumber();
        return card == null || card.isBlank() ? null : ResidentRepository.normalizeDocumentNumber(card);
    }
}
