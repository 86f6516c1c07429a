package org.jointplan.sheet;

import java.util.List;
import java.util.Objects;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.Partner;
import org.jointplan.domain.Stamp;

/**
 * How to read a spreadsheet.
 *
 * @param mapping  the columns' fields, or null to suggest them from the header words
 * @param sheets   the sheets to read by name; empty for every visible sheet
 * @param stamp    the stamp every record of the plan gets
 * @param partners partners the lead organisations may name (those of a plan being updated), matched by name or
 *                 short name; empty for a new plan
 * @param bragKey  the plan's status words, read as well as the usual ones
 */
public record SheetRequest(SheetMapping mapping, SheetAnswers answers, List<String> sheets, Stamp stamp,
                           List<Partner> partners, BragKey bragKey) {
    public SheetRequest {
        answers = answers == null ? SheetAnswers.NONE : answers;
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        Objects.requireNonNull(stamp, "stamp");
        partners = partners == null ? List.of() : List.copyOf(partners);
        bragKey = bragKey == null ? BragKey.DEFAULT : bragKey;
    }

    /** A new plan's request: suggested mapping unless given, no known partners, the usual status words. */
    public static SheetRequest of(SheetMapping mapping, SheetAnswers answers, List<String> sheets, Stamp stamp) {
        return new SheetRequest(mapping, answers, sheets, stamp, List.of(), null);
    }
}
