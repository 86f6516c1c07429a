package org.jointplan.report;

import java.util.List;

/**
 * A committee paper as a format-free document: its information and its sections of blocks in reading order. Built
 * once from the plan's position ({@link CommitteeReports}) and written alike as Word, PDF and HTML, so the formats
 * never say different things.
 */
public record CommitteeReport(DocumentInfo info, List<Section> sections) {
    public CommitteeReport {
        if (info == null || sections.isEmpty()) {
            throw new IllegalArgumentException("A report needs its information and at least one section.");
        }
        sections = List.copyOf(sections);
    }

    /** Every block in reading order. */
    public List<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }
}
