/**
 * Settlement's screens: quotas, dwellings, the pipeline and the resident page's settlement tab; the officer's
 * proposals (matching run, explanation, override, send, withdraw), the coordinator's municipality page, a proposal
 * with its answer (accept, decline), and the handover summary.
 */
@NullMarked
package no.ankomst.settlement.ui;

import org.jspecify.annotations.NullMarked;
