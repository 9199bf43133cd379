@NullMarked
package no.ankomst.audit;

import org.jspecify.annotations.NullMarked;
