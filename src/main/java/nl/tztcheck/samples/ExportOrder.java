package nl.tztcheck.samples;

/** The order of the rows in a generated export. Line ids are given in client order either way. */
public enum ExportOrder {
    /** Client by client, each client's months in order (how the generator makes them). */
    CLIENT,
    /** By service date; rows of the same date keep the client order (generation order). */
    DATE,
    /** A seeded random permutation of the client-order rows. */
    SHUFFLED
}
