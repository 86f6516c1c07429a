package org.jointplan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.bundle.PlanJson;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.spc.Improvement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version 6 gives measures in full: what the stores and packages of version 5 held is carried over. */
class MeasuresMigrationTest {
    private static final String EHC = "8d011888-dd9b-4b75-a4ad-6ebf8510a018";
    private static final String PLAN = "5e8531d5-40bc-4c17-adae-3c303be6f7c3";

    @TempDir
    Path dir;

    @Test
    void theOneTargetAndTheWayThatIsBetterBecomeTheNewFields() throws Exception {
        Path file = OlderStores.copy(5, dir);
        try (Store store = Store.open(file)) {
            PlanData plan = store.load(java.util.UUID.fromString(PLAN)).orElseThrow();
            Measure ehc = measure(plan, "20 weeks");
            assertEquals(Improvement.INCREASE, ehc.better());
            assertEquals(List.of(new Measure.Target(40.0, LocalDate.of(2024, 7, 31))), ehc.targets());
            assertEquals(1, ehc.decimals());
            Measure wait = measure(plan, "NST");
            assertEquals(Improvement.DECREASE, wait.better());
            assertEquals(List.of(new Measure.Target(50.0, LocalDate.of(2024, 12, 31))), wait.targets());
            assertEquals(List.of(new Measure.Target(80.0, null)), measure(plan, "Annual reviews").targets());
        }
    }

    @Test
    void twoValuesInOneMonthKeepTheLatestChangedDatedByTheMonthsFirstDay() throws Exception {
        Path file = OlderStores.copy(5, dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute(value("0000000a-0000-4000-8000-000000000001", "2024-08-15", 30.0, "2024-09-01T10:00:00Z"));
            st.execute(value("0000000a-0000-4000-8000-000000000002", "2024-08-20", 31.0, "2024-09-02T10:00:00Z"));
            st.execute(value("0000000a-0000-4000-8000-000000000003", "2024-09-30", 33.0, "2024-10-02T10:00:00Z"));
        }
        try (Store store = Store.open(file)) {
            PlanData plan = store.load(java.util.UUID.fromString(PLAN)).orElseThrow();
            List<MeasureValue> ehc = plan.measureValues().stream()
                    .filter(v -> v.measureId().toString().equals(EHC) && v.date().getYear() == 2024
                            && v.date().getMonthValue() >= 8).toList();
            assertEquals(List.of(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1)),
                    ehc.stream().map(MeasureValue::date).toList());
            assertEquals(List.of(31.0, 33.0), ehc.stream().map(MeasureValue::actual).toList());
            assertTrue(plan.tombstones().stream().anyMatch(t -> t.kind() == EntityKind.MEASURE_VALUE
                    && t.id().toString().equals("0000000a-0000-4000-8000-000000000001")),
                    "the value left out is remembered as deleted, so a partner's copy does not bring it back");
            assertEquals(List.of(), store.integrityProblems());
        }
    }

    @Test
    void thePlanAPartnerWasSentBeforeTheUpgradeStillReadsAsTheBaseOfAMerge() throws Exception {
        Path file = OlderStores.copy(5, dir);
        try (Store store = Store.open(file)) {
            store.integrityProblems();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT snapshot FROM exchange")) {
            assertTrue(rs.next(), "the fixture's release exported the plan once");
            PlanData sent = PlanJson.mapper().readValue(rs.getString(1), PlanData.class);
            assertEquals(List.of(new Measure.Target(40.0, LocalDate.of(2024, 7, 31))), measure(sent, "20 weeks")
                    .targets());
        }
    }

    @Test
    void theSchemaRefusesASecondValueForAPeriodAndAValueOffItsPeriodsFirstDay() throws Exception {
        Path file = OlderStores.copy(5, dir);
        try (Store store = Store.open(file)) {
            store.integrityProblems();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute(value("0000000b-0000-4000-8000-000000000001", "2024-08-01", 30.0, "2024-09-01T10:00:00Z"));
            assertThrows(java.sql.SQLException.class, () -> st.execute(
                    value("0000000b-0000-4000-8000-000000000002", "2024-08-01", 31.0, "2024-09-01T10:00:00Z")));
            assertThrows(java.sql.SQLException.class, () -> st.execute(
                    value("0000000b-0000-4000-8000-000000000003", "2024-10-02", 31.0, "2024-09-01T10:00:00Z")));
            st.execute("UPDATE measure SET frequency = 'quarterly' WHERE id = '" + EHC + "'");
            assertThrows(java.sql.SQLException.class, () -> st.execute(
                    value("0000000b-0000-4000-8000-000000000004", "2025-02-01", 31.0, "2024-09-01T10:00:00Z")));
        }
    }

    private static Measure measure(PlanData plan, String named) {
        return plan.measures().stream().filter(m -> m.name().contains(named)).findFirst().orElseThrow();
    }

    private static String value(String id, String date, double actual, String changedAt) {
        return "INSERT INTO measure_value (id, plan_id, measure_id, value_date, actual, trajectory, changed_at,"
                + " changed_by_org, changed_by) VALUES ('" + id + "', '" + PLAN + "', '" + EHC + "', '" + date
                + "', " + actual + ", NULL, '" + changedAt + "', 'Council', 'Officer')";
    }
}
