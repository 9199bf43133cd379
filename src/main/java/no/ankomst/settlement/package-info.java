@NullMarked
package no.ankomst.settlement;

import org.jspecify.annotations.NullMarked;
