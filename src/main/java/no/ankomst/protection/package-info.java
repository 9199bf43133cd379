@NullMarked
package no.ankomst.protection;

import org.jspecify.annotations.NullMarked;
