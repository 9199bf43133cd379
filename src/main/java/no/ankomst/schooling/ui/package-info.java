/** The School tab and header chip of a resident, the children list for centre staff, and the schools admin. */
@NullMarked
package no.ankomst.schooling.ui;

import org.jspecify.annotations.NullMarked;
