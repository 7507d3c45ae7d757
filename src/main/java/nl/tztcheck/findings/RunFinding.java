package nl.tztcheck.findings;

/**
 * A finding about the whole run ({@link RunFindingCode}), with its message already in the run's language.
 *
 * @param message what happened, why it matters and what to do, in the run's language
 */
public record RunFinding(RunFindingCode code, String message) {

    public Severity severity() {
        return code.severity();
    }
}
