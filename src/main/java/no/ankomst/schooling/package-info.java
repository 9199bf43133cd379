/**
 * School and kindergarten for children in reception (DOMAIN.md, "School and kindergarten"): compulsory school
 * age, the start-by date, schools per municipality, enrolments, kindergarten places and organised activity.
 */
@NullMarked
package no.ankomst.schooling;

import org.jspecify.annotations.NullMarked;
