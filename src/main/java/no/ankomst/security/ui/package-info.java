@NullMarked
package no.ankomst.security.ui;

import org.jspecify.annotations.NullMarked;
