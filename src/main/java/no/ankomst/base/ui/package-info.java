/**
 * The shared UI kit (notifications, form errors, chips, i18n) and the resident page's extension points
 * ({@link no.ankomst.base.ui.ResidentDetailTab}, {@link no.ankomst.base.ui.ResidentHeaderBadges}): every
 * feature's views use them, so they are a named interface of the base module.
 */
@NullMarked
@NamedInterface("ui")
package no.ankomst.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
