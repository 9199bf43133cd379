/**
 * The introduction programme's screens: the coordinator's participants list, one person's right (its own address
 * and the resident page's tab), the step and content dialogs.
 */
@NullMarked
package no.ankomst.introduction.ui;

import org.jspecify.annotations.NullMarked;
