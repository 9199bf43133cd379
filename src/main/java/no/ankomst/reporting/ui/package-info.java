/** The report archive view: weekly reports by week and scope, downloads, a new report for a period. */
@NullMarked
package no.ankomst.reporting.ui;

import org.jspecify.annotations.NullMarked;
