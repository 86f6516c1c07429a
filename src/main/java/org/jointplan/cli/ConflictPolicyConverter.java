package org.jointplan.cli;

import java.util.Locale;
import org.jointplan.service.MergeService.ConflictPolicy;
import picocli.CommandLine.ITypeConverter;

/** Reads --conflicts mine|theirs|fail. */
final class ConflictPolicyConverter implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
        try {
            return ConflictPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("'" + value + "' is not a choice; use mine, theirs or fail.");
        }
    }
}
