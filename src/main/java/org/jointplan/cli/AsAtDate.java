package org.jointplan.cli;

import java.time.LocalDate;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import picocli.CommandLine.ITypeConverter;

/** Reads --as-at: YYYY-MM-DD as documented (the UK forms, 31/03/2025, are read too); 2025-02-30 is refused. */
final class AsAtDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return UkDates.parse(value);
        } catch (ValidationException e) {
            throw new InvalidValue(e.getMessage().contains("is not a date")
                    ? "'" + value.strip() + "' is not a date; write it as YYYY-MM-DD, like 2025-03-31."
                    : e.getMessage());
        }
    }
}
