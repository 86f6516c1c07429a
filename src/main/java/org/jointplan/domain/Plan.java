package org.jointplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The annual delivery plan of a joint commissioning strategy. Partners, priorities and actions refer to it by id.
 *
 * @param period   first and last day the plan runs (the 2024/25 plan runs August 2024 to March 2025)
 * @param governanceGroups the groups that review the plan, e.g. the Strategic Commissioning Group
 * @param bragKey  the words and meanings of the statuses on every output of this plan
 */
public record Plan(UUID id, String title, String strategy, DateRange period, FinancialYear financialYear,
                   List<String> governanceGroups, BragKey bragKey, Stamp stamp) implements Stamped {

    public Plan {
        Ids.required(id, "The plan's id");
        title = Text.requiredLine(title, "The plan's title");
        strategy = Text.paragraph(strategy, "The plan's strategy");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(financialYear, "financialYear");
        governanceGroups = governanceGroups == null ? List.of()
                : governanceGroups.stream().map(g -> Text.line(g, "A governance group's name"))
                        .filter(g -> !g.isEmpty()).toList();
        bragKey = bragKey == null ? BragKey.DEFAULT : bragKey;
        Objects.requireNonNull(stamp, "stamp");
    }

    @Override
    public Plan withStamp(Stamp newStamp) {
        return new Plan(id, title, strategy, period, financialYear, governanceGroups, bragKey, newStamp);
    }

    public Plan withBragKey(BragKey key) {
        return new Plan(id, title, strategy, period, financialYear, governanceGroups, key, stamp);
    }

    public LocalDate start() {
        return period.start();
    }

    public LocalDate end() {
        return period.end();
    }
}
