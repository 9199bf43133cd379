@NullMarked
package no.ankomst.audit.ui;

import org.jspecify.annotations.NullMarked;
