@NullMarked
package no.ankomst.protection.ui;

import org.jspecify.annotations.NullMarked;
