/**
 * The settlement matching engine (issue 11, "Matching"): proposes a municipality and a dwelling for each ready
 * household, under hard rules that are never broken, scored by weighted preference terms that are defined once
 * ({@link no.ankomst.settlement.matching.PreferenceTerm}) and used both by the solver and by the explanation.
 * Database-free: {@link no.ankomst.settlement.matching.Matching#solve} takes plain records and returns proposals;
 * {@link no.ankomst.settlement.matching.GreedyMatching} is the baseline on the same data. Nationality, ethnicity
 * and family type are not inputs: the law forbids municipalities to set such conditions. See
 * docs/architecture/matching.md.
 */
@NullMarked
package no.ankomst.settlement.matching;

import org.jspecify.annotations.NullMarked;
