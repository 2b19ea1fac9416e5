package io.crosscheck.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that holds figures and links from before issue 11 (schema V7) to V11_2: point
 * figures get their step and the interval of the new model, links get their judgement, and a
 * proposal left on a decided pair is removed with a history entry. Plain Flyway on a private H2
 * database, so it does not disturb the application's.
 */
class JudgementMigrationTest {

    /** A private H2 database, or on the PostgreSQL suite a private schema of the test database. */
    private static final String APP_URL = System.getProperty("quarkus.datasource.jdbc.url", "");
    private static final boolean PG = APP_URL.startsWith("jdbc:postgresql:");
    private static final String SCHEMA = "judge_migration";
    private static final String URL = PG ? APP_URL + (APP_URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
            : "jdbc:h2:mem:judgement-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final String USER = PG ? System.getProperty("quarkus.datasource.username", "postgres") : "sa";
    private static final String PASSWORD = PG ? System.getProperty("quarkus.datasource.password", "") : "sa";

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String... locations) {
        var config = Flyway.configure().dataSource(URL, USER, PASSWORD).locations(locations).cleanDisabled(false);
        return PG ? config.schemas(SCHEMA) : config;
    }

    @Test
    void shouldGiveStoredFiguresTheirStepAndStoredLinksTheirJudgement() throws Exception {
        flyway("classpath:db/migration").load().clean();
        flyway("classpath:db/migration").target("7").load().migrate();
        UUID subject = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        UUID m5 = new UUID(1, 1);
        UUID m56 = new UUID(1, 2);
        UUID m6 = new UUID(1, 3);
        UUID explicit = new UUID(1, 4);
        UUID proposedOnDecidedPair = new UUID(2, 1);
        UUID confirmed = new UUID(2, 2);
        UUID proposal = new UUID(2, 3);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("insert into named_entity (id, name, kind, version, created_at, updated_at) values ('" + subject
                    + "', 'DeepSeek', 'ORGANIZATION', 0, current_timestamp, current_timestamp)");
            s.execute("insert into metric (id, metric_key, label_fr, label_en, dimension, multi_valued, version, created_at,"
                    + " updated_at) values ('" + metric + "', 'cost', 'Coût', 'Cost', 'MONEY', false, 0, current_timestamp,"
                    + " current_timestamp)");
            // Stored under the old rule: "5 millions" 4.5-5.5 M, "6 millions" 5.5-6.5 M; one interval given explicitly.
            claim(c, m5, subject, metric, "5000000", "4500000", "5500000", "5 millions de dollars");
            claim(c, m56, subject, metric, "5600000", "5550000", "5650000", "5,6 millions de dollars");
            claim(c, m6, subject, metric, "6000000", "5500000", "6500000", "6 millions $");
            claim(c, explicit, subject, metric, "40000000", "38000000", "41000000", "40 millions $");
            link(c, proposedOnDecidedPair, m5, m6, "SUPPORTS", "DETECTED", "PROPOSED");
            link(c, confirmed, m5, m6, "CONTRADICTS", "MANUAL", "CONFIRMED");
            link(c, proposal, m56, m6, "DUPLICATES", "DETECTED", "PROPOSED");
        }

        flyway("classpath:db/migration", "classpath:io/crosscheck/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assertFigure(c, m5, "1000000", "4500000", "5500000");
            assertFigure(c, m56, "100000", "5550000", "5650000");
            assertFigure(c, explicit, "1000000", "38000000", "41000000");
            try (ResultSet rs = c.createStatement().executeQuery("select id, gap, judgement, judgement_reason from claim_link"
                    + " order by id")) {
                rs.next();
                assertEquals(confirmed, rs.getObject(1, UUID.class), "the proposal on the decided pair is gone");
                assertEquals(0, new BigDecimal("0.166667").compareTo(rs.getBigDecimal(2)));
                assertEquals("DIFFER", rs.getString(3));
                rs.next();
                assertEquals(proposal, rs.getObject(1, UUID.class));
                assertEquals("AGREE", rs.getString(3));
                assertEquals("ROUNDING", rs.getString(4));
                assertEquals(false, rs.next());
            }
            try (ResultSet rs = c.createStatement().executeQuery("select action, actor from history_entry where resource_id = '"
                    + proposedOnDecidedPair + "'")) {
                rs.next();
                assertEquals("DELETE", rs.getString(1));
                assertEquals("system", rs.getString(2));
            }
        }
    }

    private static void assertFigure(Connection c, UUID id, String step, String low, String high) throws Exception {
        try (PreparedStatement p = c.prepareStatement("select figure_step, figure_low, figure_high from claim where id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                assertEquals(0, new BigDecimal(step).compareTo(rs.getBigDecimal(1)), id + " step " + rs.getBigDecimal(1));
                assertEquals(0, new BigDecimal(low).compareTo(rs.getBigDecimal(2)), id + " low " + rs.getBigDecimal(2));
                assertEquals(0, new BigDecimal(high).compareTo(rs.getBigDecimal(3)), id + " high " + rs.getBigDecimal(3));
            }
        }
    }

    private static void claim(Connection c, UUID id, UUID subject, UUID metric, String value, String low, String high,
            String text) throws Exception {
        try (PreparedStatement p = c.prepareStatement("insert into claim (id, subject_id, metric_id, figure_kind, figure_value,"
                + " figure_low, figure_high, figure_currency, figure_text, figure_lang, statement, language, verdict, version,"
                + " created_at, updated_at) values (?, ?, ?, 'EXACT', ?, ?, ?, 'USD', ?, 'fr', 'x', 'fr', 'UNREVIEWED', 0,"
                + " current_timestamp, current_timestamp)")) {
            p.setObject(1, id);
            p.setObject(2, subject);
            p.setObject(3, metric);
            p.setBigDecimal(4, new BigDecimal(value));
            p.setBigDecimal(5, new BigDecimal(low));
            p.setBigDecimal(6, new BigDecimal(high));
            p.setString(7, text);
            p.executeUpdate();
        }
    }

    private static void link(Connection c, UUID id, UUID from, UUID to, String type, String origin, String state)
            throws Exception {
        try (PreparedStatement p = c.prepareStatement("insert into claim_link (id, from_claim_id, to_claim_id, link_type,"
                + " origin, state, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 0, current_timestamp,"
                + " current_timestamp)")) {
            p.setObject(1, id);
            p.setObject(2, from);
            p.setObject(3, to);
            p.setString(4, type);
            p.setString(5, origin);
            p.setString(6, state);
            p.executeUpdate();
        }
    }
}
