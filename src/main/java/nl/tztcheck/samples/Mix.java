package nl.tztcheck.samples;

/** How much a generated export gives the check to find. */
public enum Mix {
    /**
     * The realistic mix: about 60% of the clients use technology, 1-4 lines a month, most lines at
     * or below the ceiling; about one finding in seven lines.
     */
    LIGHT,
    /**
     * Findings on most lines: nearly every client uses technology with several 1062 lines a month
     * (so category and monthly caps are exceeded), most tariffs above the ceiling, little regular
     * care (some months none), plus the light mix's credits, duplicates and defects.
     */
    HEAVY
}
