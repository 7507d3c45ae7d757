package nl.tztcheck.profiles;

/** One thing wrong in a profile or cost file: where, which field, what, and the fix. */
public record ProfileProblem(String file, String field, String problem) {

    @Override
    public String toString() {
        return file + ", field " + field + ": " + problem;
    }
}
