/**
 * Weekly reports (issue 12): snapshots of the figures per site and period (numbers only, no personal data), the
 * weekly job that takes them, JasperReports rendering to PDF and XLSX from a snapshot, and the archive of rendered
 * files. Each feature's figures are one {@link no.ankomst.reporting.SnapshotSection}; settlement and the
 * introduction programme add theirs as further sections.
 */
@NullMarked
package no.ankomst.reporting;

import org.jspecify.annotations.NullMarked;
