package org.jointplan.cli;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;

/** Reads report --format: json today; html, pdf and docx are the formats later versions add. */
final class ReportFormat implements ITypeConverter<String> {
    private static final Set<String> LATER = Set.of("html", "pdf", "docx");

    @Override
    public String convert(String value) {
        String format = value.strip().toLowerCase(Locale.ROOT);
        if (format.equals("json")) {
            return format;
        }
        throw new InvalidValue(LATER.contains(format)
                ? "This version writes the report as JSON only; use --format json."
                : "'" + value + "' is not a report format; use --format json.");
    }
}
