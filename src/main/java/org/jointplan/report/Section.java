package org.jointplan.report;

import java.util.List;

/** Blocks on pages of one setup; each section starts a new page (a wide table gets a landscape section). */
public record Section(PageSetup page, List<Block> blocks) {
    public Section {
        if (page == null) {
            throw new IllegalArgumentException("A section needs its page setup.");
        }
        blocks = List.copyOf(blocks);
    }
}
