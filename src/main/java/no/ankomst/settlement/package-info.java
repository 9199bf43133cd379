/**
 * Settlement in a municipality (DOMAIN.md): requests, matching, proposals and handover. Only its event so far;
 * the municipalities and counties it will match against live in {@code no.ankomst.reference}.
 */
@NullMarked
package no.ankomst.settlement;

import org.jspecify.annotations.NullMarked;
