@NullMarked
package no.ankomst.base.database;

import org.jspecify.annotations.NullMarked;
