@NullMarked
package no.ankomst.accommodation;

import org.jspecify.annotations.NullMarked;
