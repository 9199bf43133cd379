/**
 * Database plumbing every feature's repositories share (the one sort-and-seek helper for lists, the embedded
 * server), so it is a named interface of the base module.
 */
@NullMarked
@NamedInterface("database")
package no.ankomst.base.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
