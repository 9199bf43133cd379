@NullMarked
package no.ankomst.base.ui;

import org.jspecify.annotations.NullMarked;
