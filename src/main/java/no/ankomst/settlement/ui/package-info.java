/** Settlement's screens: quotas, dwellings, the pipeline, and the resident page's settlement tab. */
@NullMarked
package no.ankomst.settlement.ui;

import org.jspecify.annotations.NullMarked;
