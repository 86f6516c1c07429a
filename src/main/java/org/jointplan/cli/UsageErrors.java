package org.jointplan.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistake in how a command was typed, as one sentence: picocli's own message names Java types and exceptions
 * when a value cannot be converted, and adds the whole usage help after it.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String sentence(ParameterException e) {
        String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        if (e.getCause() instanceof InvalidValue plain) {
            return plain.getMessage();
        }
        if (e.getCause() != null && e.getValue() != null && e.getArgSpec() != null) {
            return "'" + e.getValue() + "' is not a usable value for " + name(e.getArgSpec()) + "; see " + help + ".";
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        if (first.contains("--help")) {
            return first;
        }
        return (first.endsWith(".") ? first.substring(0, first.length() - 1) : first) + "; see " + help + ".";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
