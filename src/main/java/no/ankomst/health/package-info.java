/**
 * TB screening (DOMAIN.md, journey step 3; tuberkuloseforskriften § 3-1): the requirement from arrival, the dated
 * rules for the deadline and the test, clinics and slots, booking, referrals, and results, which are health data.
 */
@NullMarked
package no.ankomst.health;

import org.jspecify.annotations.NullMarked;
