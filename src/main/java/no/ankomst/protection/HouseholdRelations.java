package no.ankomst.protection;

import no.ankomst.residents.Relation;
import org.jspecify.annotations.Nullable;

/**
 * The household register knows each member's relation to the head only. When one of two members is the
 * head, that tells how the other is related to them; between two other members it does not (two
 * "children" of the head may be siblings or cousins), so staff choose.
 */
final class HouseholdRelations {

    private HouseholdRelations() {
    }

    /** How {@code person} is related to {@code qualifying}, or null when the register cannot tell. */
    static @Nullable ScreeningRelation between(Relation person, Relation qualifying) {
        if (qualifying == Relation.HEAD) {
            return switch (person) {
                case HEAD -> null;
                case SPOUSE -> ScreeningRelation.SPOUSE;
                case COHABITANT -> ScreeningRelation.COHABITANT;
                case CHILD -> ScreeningRelation.CHILD;
                case PARENT -> ScreeningRelation.PARENT;
                case GRANDPARENT -> ScreeningRelation.GRANDPARENT;
                case SIBLING -> ScreeningRelation.SIBLING;
                case OTHER -> ScreeningRelation.OTHER;
            };
        }
        if (person == Relation.HEAD) {
            return switch (qualifying) {
                case HEAD -> null;
                case SPOUSE -> ScreeningRelation.SPOUSE;
                case COHABITANT -> ScreeningRelation.COHABITANT;
                // the head is the parent of their child, and the child of their parent
                case CHILD -> ScreeningRelation.PARENT;
                case PARENT -> ScreeningRelation.CHILD;
                case SIBLING -> ScreeningRelation.SIBLING;
                // the head is a grandchild of their grandparent: a relation the law treats as "other"
                case GRANDPARENT, OTHER -> ScreeningRelation.OTHER;
            };
        }
        return null;
    }
}
