@NullMarked
package no.ankomst.base;

import org.jspecify.annotations.NullMarked;
