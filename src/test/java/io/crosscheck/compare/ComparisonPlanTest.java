package io.crosscheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The plans of a comparison's reads of one (subject, metric) group (issue 12, H2 at 1M claims;
 * docs/benchmarks.md): on H2 they come from V29's group index, and the first page of a subject and
 * metric is read in that index's order, stopping after one page, instead of reading and sorting every
 * claim of the group; whether any source is dated is one index lookup (V29_1). (That conflict detection
 * reads a group from the same index, V29_2, shows on a large store only: on a small one H2 rates the index
 * no cheaper than the foreign key's; docs/benchmarks.md has the EXPLAIN at 100k.)
 */
@QuarkusTest
class ComparisonPlanTest {

    private static final String GROUP = "c.subject_id = '018bcfe5-6800-7000-b7f5-7800fba1a622'"
            + " and c.metric_id = '018bcfe5-6800-73e8-8c47-d53ecffa7be8'";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldOrderAPageOfOneSubjectByTheIndexColumns() {
        assertEquals(new ComparisonService.PageOrder("c.subject_id, c.metric_id, c.id", "ix_claim_group"),
                ComparisonService.pageOrder(1, true));
        assertEquals(new ComparisonService.PageOrder("c.subject_id, c.id", "ix_claim_subject_id"),
                ComparisonService.pageOrder(1, false));
        assertEquals(ComparisonService.PageOrder.ID, ComparisonService.pageOrder(2, true));
    }

    @Test
    void shouldReadAGroupFromItsIndexOnH2() throws Exception {
        assumeTrue("h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)),
                "H2's plans (PostgreSQL has V27_1)");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            String sweep = plan(st, "select c.id, c.figure_low, c.figure_high from claim c use index (ix_claim_group)"
                    + " where " + GROUP
                    + " and c.figure_currency = 'USD' and c.figure_unit is null and c.figure_kind <> 'CATEGORY'"
                    + " order by c.figure_low nulls first, c.id");
            assertTrue(sweep.contains("IX_CLAIM_GROUP"), sweep);
            ComparisonService.PageOrder order = ComparisonService.pageOrder(1, true);
            String page = plan(st, "select c.id from claim c use index (" + order.index() + ")"
                    + " where c.subject_id in ('018bcfe5-6800-7000-b7f5-7800fba1a622')"
                    + " and c.metric_id = '018bcfe5-6800-73e8-8c47-d53ecffa7be8'"
                    + " order by " + order.sql() + " fetch first 101 rows only");
            assertTrue(page.contains("IX_CLAIM_GROUP") && page.contains("index sorted"), page);
            String newest = plan(st, "select max(s.published_date) from source s");
            assertTrue(newest.contains("IX_SOURCE_PUBLISHED") && newest.contains("direct lookup"), newest);
        }
    }

    private static String plan(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery("explain " + sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
