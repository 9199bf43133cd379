@NullMarked
package no.ankomst;

import org.jspecify.annotations.NullMarked;
