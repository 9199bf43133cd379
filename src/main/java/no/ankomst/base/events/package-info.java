/**
 * The durable events between features: Spring Modulith's JDBC event publication registry (table
 * {@code event_publication}) and the retry of what a failed listener or a dead node left incomplete (a named
 * interface: the jobs feature runs the retry on its schedule).
 */
@NullMarked
@NamedInterface("events")
package no.ankomst.base.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
