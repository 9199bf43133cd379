package no.ankomst.protection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One entry the service adds to a case's history; who and when are added by the repository call. */
record NewCaseEvent(CaseEventKind kind, @Nullable CaseState from, @Nullable CaseState to, LocalDate effectiveOn,
                    String reason, @Nullable LocalDate interviewOn, @Nullable ProcessingTrack processingTrack,
                    @Nullable LocalDate permitFrom, @Nullable LocalDate permitTo,
                    @Nullable ResidenceCardStatus residenceCard, @Nullable LocalDate decisionLetterSentOn,
                    @Nullable Boolean addressReceivesPost) {

    static NewCaseEvent of(CaseEventKind kind, @Nullable CaseState from, @Nullable CaseState to, LocalDate effectiveOn,
                           String reason) {
        return new NewCaseEvent(kind, from, to, effectiveOn, reason, null, null, null, null, null, null, null);
    }
}
