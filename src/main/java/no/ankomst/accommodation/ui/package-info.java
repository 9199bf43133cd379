@NullMarked
package no.ankomst.accommodation.ui;

import org.jspecify.annotations.NullMarked;
