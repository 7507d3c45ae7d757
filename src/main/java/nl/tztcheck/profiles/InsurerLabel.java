package nl.tztcheck.profiles;

/** A brand of an insurer concern with its own UZOVI code, and whether that code was confirmed. */
public record InsurerLabel(String uzovi, String name, boolean verified) {}
