package org.jointplan.report;

import java.time.LocalDate;

/**
 * What a report says about itself: the title shown in the window bar and the document properties, the running
 * header on every page, the protective marking, and the language (en-GB) screen readers speak it in.
 *
 * @param runningHeader the plan and as-at date, at the top of every page
 * @param marking       a protective marking ("OFFICIAL", "OFFICIAL-SENSITIVE") at the top of every page, or ""
 */
public record DocumentInfo(String title, String subject, String author, String runningHeader, String marking,
                           LocalDate asAt) {
    public static final String LANGUAGE = "en-GB";

    public DocumentInfo {
        if (title == null || title.isBlank() || asAt == null) {
            throw new IllegalArgumentException("A report needs a title and the date it is as at.");
        }
        subject = subject == null ? "" : subject;
        author = author == null ? "" : author;
        runningHeader = runningHeader == null ? "" : runningHeader;
        marking = marking == null ? "" : marking.strip();
    }

    /** The header line: the marking first when there is one, then the plan and date. */
    public String header() {
        return marking.isEmpty() ? runningHeader : marking + "   " + runningHeader;
    }
}
