package no.ankomst.introduction;

import static no.ankomst.db.Tables.INTRODUCTION_RIGHT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The introduction-programme rows a merge of two person records looks at and moves. */
@Repository
class IntroductionMergeRepository {

    private final DSLContext db;

    IntroductionMergeRepository(DSLContext db) {
        this.db = db;
    }

    /** How many of the two records have a right (0, 1 or 2). */
    int rightsOf(long duplicateId, long survivorId) {
        return db.fetchCount(INTRODUCTION_RIGHT, INTRODUCTION_RIGHT.PERSON_ID.in(duplicateId, survivorId));
    }

    int moveRight(long duplicateId, long survivorId) {
        return db.update(INTRODUCTION_RIGHT).set(INTRODUCTION_RIGHT.PERSON_ID, survivorId)
                .where(INTRODUCTION_RIGHT.PERSON_ID.eq(duplicateId)).execute();
    }
}
