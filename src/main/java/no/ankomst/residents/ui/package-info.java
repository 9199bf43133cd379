@NullMarked
package no.ankomst.residents.ui;

import org.jspecify.annotations.NullMarked;
