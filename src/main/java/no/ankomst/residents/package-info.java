@NullMarked
package no.ankomst.residents;

import org.jspecify.annotations.NullMarked;
