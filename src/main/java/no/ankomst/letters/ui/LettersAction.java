package no.ankomst.letters.ui;

import java.util.Optional;
import no.ankomst.residents.ui.ResidentAction;
import no.ankomst.security.Capability;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The link from the resident's header to their letters ({@link LetterView}): language, letter, download. */
@Component
@Order(40)
class LettersAction implements ResidentAction {

    @Override
    public String id() {
        return "resident-letters";
    }

    @Override
    public String labelKey() {
        return "letters.action";
    }

    @Override
    public Capability capability() {
        return Capability.WRITE_LETTERS;
    }

    @Override
    public Optional<String> href(long personId) {
        return Optional.of(LetterView.ROUTE + "/" + personId);
    }
}
