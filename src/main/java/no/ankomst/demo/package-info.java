/** Realistic generated data: the demo profile's residents and the benchmark's 500,000. */
@NullMarked
package no.ankomst.demo;

import org.jspecify.annotations.NullMarked;
