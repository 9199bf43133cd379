/**
 * TB screening's screens: the Health tab and header chip on the resident page, the TB list, one result by address,
 * clinic administration and the booking dialog with its resident-page action.
 */
@NullMarked
package no.ankomst.health.ui;

import org.jspecify.annotations.NullMarked;
