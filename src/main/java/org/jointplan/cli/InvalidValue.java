package org.jointplan.cli;

import picocli.CommandLine.TypeConversionException;

/** A value our converters could not read, said as a plain sentence (picocli's own converters name Java types). */
final class InvalidValue extends TypeConversionException {
    InvalidValue(String sentence) {
        super(sentence);
    }
}
