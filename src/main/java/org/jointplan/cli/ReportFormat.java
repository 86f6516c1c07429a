package org.jointplan.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** Reads report --format: json (the report data), or a committee paper as pdf, docx or html. */
final class ReportFormat implements ITypeConverter<String> {
    static final String JSON = "json";

    @Override
    public String convert(String value) {
        String format = value.strip().toLowerCase(Locale.ROOT);
        if (format.equals(JSON) || format.equals("pdf") || format.equals("docx") || format.equals("html")) {
            return format;
        }
        throw new InvalidValue("'" + value + "' is not a report format; use json, pdf, docx or html.");
    }
}
