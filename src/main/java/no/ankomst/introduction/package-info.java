/**
 * The introduction programme (integreringsloven; chapter 6A for people from Ukraine): eligibility by dated rules,
 * offers, participation and its content, for adults settled in a municipality.
 */
@NullMarked
package no.ankomst.introduction;

import org.jspecify.annotations.NullMarked;
