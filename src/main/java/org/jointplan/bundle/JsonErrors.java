package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Status;
import org.jointplan.domain.ValidationException;

/**
 * Turns Jackson's failures, and the records' own rules that Jackson wraps, into one plain sentence about a JSON
 * entry of a package. Values quoted from the file are shortened and cleaned, since the file may be hostile.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    /** @param what the entry in words that begin a sentence, e.g. "The plan in the package" */
    static PackageException explain(Exception e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PackageException known) {
                return known;
            }
            if (t instanceof ValidationException rule) {
                return fail(what + " breaks a rule: " + lowerFirst(rule.getMessage()), e);
            }
            if (t instanceof StreamConstraintsException limit) {
                return fail(what + " " + limit(limit.getMessage()), e);
            }
            if (t instanceof JsonParseException parse) { // databind may wrap the parser's own complaint
                String message = parse.getOriginalMessage();
                if (message != null && message.startsWith("Duplicate field")) {
                    return fail(what + " gives the same field twice (" + shown(message.substring(16)) + ").", e);
                }
                return fail(what + " is not valid JSON (line " + parse.getLocation().getLineNr() + ").", e);
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return fail(what + " has a field JointPlan does not know (" + shown(unknown.getPropertyName()) + ").", e);
        }
        if (e instanceof InvalidFormatException format) {
            return fail(what + " " + badValue(format), e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return fail(what + " has a missing or wrong value at " + path(mismatch) + ".", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NullPointerException missing && missing.getMessage() != null) {
                String detail = missing.getMessage();
                return fail(what + " is incomplete: " + (detail.endsWith(".") ? lowerFirst(detail)
                        : "a record has no " + shown(detail) + "."), e);
            }
        }
        if (e instanceof ValueInstantiationException) {
            return fail(what + " holds an empty or incomplete record"
                    + (((JsonMappingException) e).getPath().isEmpty() ? "" : " at " + path((JsonMappingException) e))
                    + ".", e);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            // e.g. a record Jackson could not build; its message names Java classes, which mean nothing to users
            return fail(what + " has a value JointPlan cannot read at " + path(m) + ".", e);
        }
        return fail(what + " cannot be read (" + shown(e.getMessage()) + ").", e);
    }

    private static String limit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "is nested deeper than JointPlan allows (" + PlanJson.MAX_DEPTH + " levels).";
        }
        if (m.startsWith("String value length")) {
            return "holds a text longer than JointPlan allows (" + String.format(Locale.UK, "%,d",
                    PlanJson.MAX_STRING_LENGTH) + " characters).";
        }
        if (m.startsWith("Number value length")) {
            return "holds a number longer than JointPlan allows (" + PlanJson.MAX_NUMBER_LENGTH + " digits).";
        }
        if (m.startsWith("Name length")) {
            return "holds a field name longer than JointPlan allows (" + PlanJson.MAX_NAME_LENGTH + " characters).";
        }
        if (m.startsWith("Document length")) {
            return "is longer than JointPlan allows (" + PackageLimits.megabytes(PlanJson.MAX_DOCUMENT_LENGTH) + ").";
        }
        return "is larger than JointPlan allows.";
    }

    private static String badValue(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        String value = "'" + shown(String.valueOf(e.getValue())) + "'";
        if (type == Status.class) {
            return "has an unknown status " + value + ".";
        }
        if (type == EntityKind.class) {
            return "has an unknown kind of deleted record " + value + ".";
        }
        if (type == LocalDate.class || type == Instant.class) {
            return "has an impossible date " + value + ".";
        }
        if (type == UUID.class) {
            return "has an id that is not a proper id " + value + ".";
        }
        return "has a wrong value " + value + " at " + path(e) + ".";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(shown(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return path.length() == 0 ? "the top" : path.toString();
    }

    static String lowerFirst(String sentence) {
        if (sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0))
                && (Character.isLowerCase(sentence.charAt(1)) || sentence.charAt(1) == ' ')) {
            return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }

    /** At most 60 characters of a value from the file, without control characters or line breaks. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String firstLine = value.lines().findFirst().orElse("");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(firstLine.length(), 60); i++) {
            char c = firstLine.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        return firstLine.length() > 60 ? shown + "…" : shown.toString();
    }

    private static PackageException fail(String message, Exception cause) {
        return new PackageException(message, cause);
    }
}
