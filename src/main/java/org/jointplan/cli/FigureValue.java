package org.jointplan.cli;

import org.jointplan.domain.ValidationException;
import org.jointplan.service.MeasureFigures;
import picocli.CommandLine.ITypeConverter;

/** Reads --value as a pasted figure is read: "36.6", "36.6%", "1,121"; "&lt; 5" and NaN are refused in words. */
final class FigureValue implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        try {
            return MeasureFigures.figure(value);
        } catch (ValidationException e) {
            throw new InvalidValue(e.getMessage());
        }
    }
}
