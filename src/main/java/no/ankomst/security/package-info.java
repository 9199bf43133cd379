@NullMarked
package no.ankomst.security;

import org.jspecify.annotations.NullMarked;
