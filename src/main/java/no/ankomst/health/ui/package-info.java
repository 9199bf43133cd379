/** TB screening's screens: clinic administration and the booking dialog with its resident-page action. */
@NullMarked
package no.ankomst.health.ui;

import org.jspecify.annotations.NullMarked;
