@NullMarked
package no.ankomst.letters.ui;

import org.jspecify.annotations.NullMarked;
