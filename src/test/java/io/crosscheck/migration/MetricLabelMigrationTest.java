package io.crosscheck.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database whose metrics have their labels in the label_fr/label_en columns (schema V23)
 * to V25: every label moves to metric_label under its language, nothing is invented for a language
 * that had none, and the old columns are gone. Plain Flyway on a private H2 database, or on the
 * PostgreSQL suite a private schema of the test database, so it does not disturb the application's.
 */
class MetricLabelMigrationTest {

    private static final String APP_URL = System.getProperty("quarkus.datasource.jdbc.url", "");
    private static final boolean PG = APP_URL.startsWith("jdbc:postgresql:");
    private static final String SCHEMA = "label_migration";
    private static final String URL = PG ? APP_URL + (APP_URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
            : "jdbc:h2:mem:label-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final String USER = PG ? System.getProperty("quarkus.datasource.username", "postgres") : "sa";
    private static final String PASSWORD = PG ? System.getProperty("quarkus.datasource.password", "") : "sa";

    private static FluentConfiguration flyway() {
        var config = Flyway.configure().dataSource(URL, USER, PASSWORD)
                .locations("classpath:db/migration", "classpath:io/crosscheck/migration").cleanDisabled(false);
        return PG ? config.schemas(SCHEMA) : config;
    }

    @Test
    void shouldMoveEveryStoredLabelUnderItsLanguageAndDropTheOldColumns() throws Exception {
        flyway().load().clean();
        flyway().target("23").load().migrate();
        UUID both = new UUID(3, 1);
        UUID englishOnly = new UUID(3, 2);
        UUID frenchOnly = new UUID(3, 3);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            metric(c, both, "cost", "Coût d'entraînement", "Training cost");
            metric(c, englishOnly, "headcount", null, "Headcount");
            metric(c, frenchOnly, "effectif", "Effectif", null);
        }

        flyway().load().migrate();

        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assertEquals(Map.of("fr", "Coût d'entraînement", "en", "Training cost"), labels(c, both));
            assertEquals(Map.of("en", "Headcount"), labels(c, englishOnly));
            assertEquals(Map.of("fr", "Effectif"), labels(c, frenchOnly));
            DatabaseMetaData meta = c.getMetaData();
            for (String column : new String[] {"label_fr", "label_en"}) {
                try (ResultSet rs = meta.getColumns(null, PG ? SCHEMA : null, PG ? "metric" : "METRIC",
                        PG ? column : column.toUpperCase(Locale.ROOT))) {
                    assertFalse(rs.next(), column + " is dropped");
                }
            }
            // Deleting a metric takes its labels with it.
            c.createStatement().executeUpdate("delete from metric where id = '" + frenchOnly + "'");
            assertEquals(Map.of(), labels(c, frenchOnly));
        }
    }

    private static void metric(Connection c, UUID id, String key, String fr, String en) throws Exception {
        try (PreparedStatement p = c.prepareStatement("insert into metric (id, metric_key, label_fr, label_en, dimension,"
                + " multi_valued, version, created_at, updated_at) values (?, ?, ?, ?, 'COUNT', false, 0,"
                + " current_timestamp, current_timestamp)")) {
            p.setObject(1, id);
            p.setString(2, key);
            p.setString(3, fr);
            p.setString(4, en);
            p.executeUpdate();
        }
    }

    private static Map<String, String> labels(Connection c, UUID metric) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("select lang, label from metric_label where metric_id = ? order by lang")) {
            p.setObject(1, metric);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }
}
