package no.ankomst.residents;

import static no.ankomst.residents.Relation.CHILD;
import static no.ankomst.residents.Relation.GRANDPARENT;
import static no.ankomst.residents.Relation.HEAD;
import static no.ankomst.residents.Relation.OTHER;
import static no.ankomst.residents.Relation.PARENT;
import static no.ankomst.residents.Relation.SIBLING;

import org.jspecify.annotations.Nullable;

/**
 * When the head of a household changes, every relation has to be said again relative to the new head.
 * Where that follows plainly (the old head's child heads now: the old head is their parent, the other
 * children their siblings) it is proposed; where it does not (a parent-in-law, a grandchild: not among
 * the relations) nothing is proposed and the user chooses. Every proposal is shown for confirmation.
 */
public final class RelationProposals {

    private RelationProposals() {
    }

    /**
     * @param newHeadWas the new head's relation to the old head
     * @param memberWas  the member's relation to the old head ({@code HEAD} for the old head)
     * @return the member's likely relation to the new head, or null when the user must say
     */
    public static @Nullable Relation relativeToNewHead(Relation newHeadWas, Relation memberWas) {
        return switch (newHeadWas) {
            case SPOUSE, COHABITANT -> switch (memberWas) {
                case HEAD -> newHeadWas;
                case CHILD -> CHILD;
                case OTHER -> OTHER;
                default -> null;
            };
            case CHILD -> switch (memberWas) {
                case HEAD, SPOUSE -> PARENT;
                case CHILD -> SIBLING;
                case PARENT -> GRANDPARENT;
                case OTHER -> OTHER;
                default -> null;
            };
            case PARENT -> switch (memberWas) {
                case HEAD, SIBLING -> CHILD;
                case GRANDPARENT -> PARENT;
                case OTHER -> OTHER;
                default -> null;
            };
            case SIBLING -> switch (memberWas) {
                case HEAD, SIBLING -> SIBLING;
                case PARENT -> PARENT;
                case GRANDPARENT -> GRANDPARENT;
                case OTHER -> OTHER;
                default -> null;
            };
            case OTHER -> memberWas == HEAD ? OTHER : null;
            case GRANDPARENT, HEAD -> null;
        };
    }
}
