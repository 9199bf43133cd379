/**
 * Accommodation's views. A named interface because the resident page's stays tab (residents.ui.StaysTab)
 * opens the same check-in, move and check-out dialogs ({@link no.ankomst.accommodation.ui.StayActions}); when
 * that tab moves here onto {@link no.ankomst.base.ui.ResidentDetailTab}, this declaration can go.
 */
@NullMarked
@NamedInterface("ui")
package no.ankomst.accommodation.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
