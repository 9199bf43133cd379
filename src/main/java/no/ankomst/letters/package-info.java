/**
 * Letters to residents (issue 12): the TB appointment notice, school information for parents, the settlement notice
 * and the introduction-programme offer, in Ukrainian, Russian, English or Norwegian Bokmål (chosen from the person's
 * languages, changeable), with a QR code to the public information page in that language; one PDF per person or one
 * for a batch. Also the municipality's handover summary as a PDF. Texts live in {@code letters/letters*.properties},
 * templates in {@code reports/}; each letter reads its facts through the feature it belongs to, with that
 * feature's scope.
 */
@NullMarked
package no.ankomst.letters;

import org.jspecify.annotations.NullMarked;
