package no.ankomst.residents;

import static no.ankomst.residents.RelationProposals.relativeToNewHead;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationProposalsTest {

    @Test
    void when_a_child_takes_over_the_old_head_and_their_spouse_become_parents_and_other_children_siblings() {
        assertThat(relativeToNewHead(Relation.CHILD, Relation.HEAD)).isEqualTo(Relation.PARENT);
        assertThat(relativeToNewHead(Relation.CHILD, Relation.SPOUSE)).isEqualTo(Relation.PARENT);
        assertThat(relativeToNewHead(Relation.CHILD, Relation.CHILD)).isEqualTo(Relation.SIBLING);
        assertThat(relativeToNewHead(Relation.CHILD, Relation.PARENT)).isEqualTo(Relation.GRANDPARENT);
    }

    @Test
    void when_a_spouse_takes_over_the_old_head_is_their_spouse_and_the_children_stay_children() {
        assertThat(relativeToNewHead(Relation.SPOUSE, Relation.HEAD)).isEqualTo(Relation.SPOUSE);
        assertThat(relativeToNewHead(Relation.COHABITANT, Relation.HEAD)).isEqualTo(Relation.COHABITANT);
        assertThat(relativeToNewHead(Relation.SPOUSE, Relation.CHILD)).isEqualTo(Relation.CHILD);
    }

    @Test
    void when_a_parent_takes_over_the_old_head_and_their_siblings_are_children() {
        assertThat(relativeToNewHead(Relation.PARENT, Relation.HEAD)).isEqualTo(Relation.CHILD);
        assertThat(relativeToNewHead(Relation.PARENT, Relation.SIBLING)).isEqualTo(Relation.CHILD);
        assertThat(relativeToNewHead(Relation.PARENT, Relation.GRANDPARENT)).isEqualTo(Relation.PARENT);
    }

    @Test
    void what_does_not_follow_plainly_is_left_for_the_user() {
        // a parent-in-law, a grandchild, a sibling-in-law: none is among the relations
        assertThat(relativeToNewHead(Relation.SPOUSE, Relation.PARENT)).isNull();
        assertThat(relativeToNewHead(Relation.PARENT, Relation.CHILD)).isNull();
        assertThat(relativeToNewHead(Relation.SIBLING, Relation.SPOUSE)).isNull();
        assertThat(relativeToNewHead(Relation.GRANDPARENT, Relation.HEAD)).isNull();
        assertThat(relativeToNewHead(Relation.CHILD, Relation.COHABITANT)).isNull();
    }
}
