/**
 * Observed change in regular care and the multi-year business case (issue 16): pure Java, no
 * Spring.
 */
@NullMarked
package nl.tztcheck.businesscase;

import org.jspecify.annotations.NullMarked;
