package nl.tztcheck.claims;

/**
 * The input as a whole cannot be checked (no header, missing column, unreadable file): nothing is
 * checked and the command exits with 2. Individual bad rows are rejects, never this.
 */
public class UnusableInputException extends RuntimeException {

    private final String file;
    private final long line;
    private final String field;
    private final String whatToDo;

    public UnusableInputException(String file, long line, String field, String problem, String whatToDo) {
        super(problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.whatToDo = whatToDo;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String whatToDo() {
        return whatToDo;
    }

    /** One message naming file, line, field, the problem and the fix. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (field != null && !field.isBlank()) {
            sb.append(", field ").append(field);
        }
        return sb.append(": ").append(getMessage()).append(". What to do: ").append(whatToDo).toString();
    }
}
