package org.jointplan.cli;


/** Reads a whole number given on the command line, such as --percent 40. */
final class WholeNumber {
    private WholeNumber() {
    }

    static Integer of(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue("'" + value + "' is not a whole number.");
        }
    }
}
