package org.jointplan.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the officer asks for: the committee the paper goes to, its protective marking, who prepared it, the parts to
 * include, and the paper the timeline appendix is printed on.
 */
public record ReportOptions(String committee, String marking, String preparedBy, Set<Part> parts,
                            Paper timelinePaper) {

    /** The parts of a progress report, in the order committees read them. */
    public enum Part {
        SUMMARY("Summary by priority"),
        EXCEPTIONS("Exception report"),
        PRIORITIES("Progress by priority"),
        MEASURES("Measures"),
        TIMELINE("Appendix: timeline");

        private final String heading;

        Part(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    public ReportOptions {
        committee = committee == null ? "" : committee.strip();
        marking = marking == null ? "" : marking.strip();
        preparedBy = preparedBy == null ? "" : preparedBy.strip();
        parts = parts == null || parts.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(parts);
        timelinePaper = timelinePaper == null ? Paper.A4 : timelinePaper;
    }

    /** Every part, no committee named, no marking. */
    public static ReportOptions everything() {
        return new ReportOptions("", "", "", EnumSet.allOf(Part.class), Paper.A4);
    }

    public boolean includes(Part part) {
        return parts.contains(part);
    }

    public ReportOptions withMarking(String newMarking) {
        return new ReportOptions(committee, newMarking, preparedBy, parts, timelinePaper);
    }
}
