package org.jointplan.cli;

import org.jointplan.domain.Frequency;
import org.jointplan.domain.ValidationException;
import org.jointplan.domain.spc.Improvement;
import picocli.CommandLine.ITypeConverter;

/** Reads the words of measure add: --better higher|lower|neither and --frequency monthly|quarterly. */
final class MeasureChoices {
    private MeasureChoices() {
    }

    static final class Better implements ITypeConverter<Improvement> {
        @Override
        public Improvement convert(String value) {
            try {
                return Improvement.fromCode(value);
            } catch (ValidationException e) {
                throw new InvalidValue("'" + value + "' is not a direction: say which way is better with --better"
                        + " higher, lower or neither.");
            }
        }
    }

    static final class Often implements ITypeConverter<Frequency> {
        @Override
        public Frequency convert(String value) {
            try {
                return Frequency.fromCode(value);
            } catch (ValidationException e) {
                throw new InvalidValue("'" + value + "' is not a frequency: use --frequency monthly or quarterly.");
            }
        }
    }
}
