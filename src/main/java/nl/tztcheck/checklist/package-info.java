/**
 * The one-page "Voordat u declareert" checklist per insurer and year (issue 16): pure Java, no
 * Spring.
 */
@NullMarked
package nl.tztcheck.checklist;

import org.jspecify.annotations.NullMarked;
