package no.ankomst.introduction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the introduction services take and give: plain values, no jOOQ. */
public final class IntroductionRecords {

    private IntroductionRecords() {
    }

    /** Work- or education-oriented content. */
    public enum Orientation {
        WORK, EDUCATION;

        public String i18nKey() {
            return "introduction.orientation." + name();
        }
    }

    /** Language training: Norwegian or English. */
    public enum LanguageTraining {
        NORWEGIAN, ENGLISH;

        public String i18nKey() {
            return "introduction.language." + name();
        }
    }

    /** The programme's content; parenting guidance is for parents only. */
    public record Content(@Nullable Orientation orientation, @Nullable LanguageTraining language,
                          boolean parentingGuidance) {
        public static final Content NONE = new Content(null, null, false);
    }

    /** One right to the programme, with its status computed for today. */
    public record RightRow(long id, long personId, String municipalityCode, LocalDate aroseOn, Basis basis,
                           LocalDate startBy, ParticipationState state, IntroductionStatus status,
                           @Nullable LocalDate offeredOn, @Nullable LocalDate startedOn, @Nullable LocalDate pausedOn,
                           @Nullable LocalDate resumedOn, @Nullable LocalDate completedOn,
                           @Nullable LocalDate declinedOn, @Nullable String declinedBy,
                           @Nullable String declineReason, Content content, int version) {
    }

    /** What the Introduction programme tab shows of one person. */
    public record Panel(long personId, String name, LocalDate birthDate, RightRow right, boolean parent,
                        boolean mayChange) {
    }

    /** Filter of the participants list: the stored state, and/or the computed status (late, near late...). */
    public record ParticipantFilter(@Nullable ParticipationState state, @Nullable IntroductionStatus status) {
        public static final ParticipantFilter ALL = new ParticipantFilter(null, null);
    }

    /** One row of the participants list. */
    public record ParticipantRow(long personId, String familyName, String givenNames, LocalDate birthDate,
                                 String municipalityCode, LocalDate aroseOn, Basis basis, LocalDate startBy,
                                 ParticipationState state, IntroductionStatus status) {
    }

    /** A step of participation: the action and its day; a decline also needs its reason. */
    public enum Step {
        OFFER, START, PAUSE, COMPLETE, DECLINE;

        public String i18nKey() {
            return "introduction.action." + name();
        }
    }
}
