/**
 * Reference data every feature may read: the 357 municipalities and 15 counties (SSB 2026). It depends
 * on no feature, so accommodation, security and, later, settlement can all use it without a cycle.
 */
@NullMarked
package no.ankomst.reference;

import org.jspecify.annotations.NullMarked;
