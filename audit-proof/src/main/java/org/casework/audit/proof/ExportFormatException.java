package org.casework.audit.proof;

/** A line of an export that is not a well-formed entry, checkpoint or range line. */
public class ExportFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long lineNumber;

    public ExportFormatException(long lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    public long lineNumber() {
        return lineNumber;
    }
}
