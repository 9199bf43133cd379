package no.ankomst.letters;

import no.ankomst.residents.MergeParticipant;
import org.springframework.stereotype.Component;

/**
 * Merging two records of one person keeps the language their letters are written in: the duplicate's choice moves to
 * the survivor, unless the survivor has one of its own, which stands. Never a reason to refuse a merge.
 */
@Component
class LetterMergeParticipant implements MergeParticipant {

    private final LetterRepository repository;

    LetterMergeParticipant(LetterRepository repository) {
        this.repository = repository;
    }

    @Override
    public String move(long duplicateId, long survivorId) {
        return repository.moveLanguage(duplicateId, survivorId) ? "letter language" : "";
    }
}
