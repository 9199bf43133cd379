/** The administrator's view of the scheduled jobs. */
@NullMarked
package no.ankomst.jobs.ui;

import org.jspecify.annotations.NullMarked;
