/**
 * Settlement in a municipality (DOMAIN.md): requests, matching, proposals and handover. So far its event and the
 * database-free matching engine ({@code matching}, docs/architecture/matching.md); the municipalities and counties
 * it will match against live in {@code no.ankomst.reference}.
 */
@NullMarked
package no.ankomst.settlement;

import org.jspecify.annotations.NullMarked;
