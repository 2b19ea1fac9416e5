package io.crosscheck.claim.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * H2 only: keeps {@code claim_term} (the words of each claim, see {@link SearchText}) in step with
 * {@code claim}, inside the writing transaction, whoever writes. Installed by V14_1 in db/vendor/h2;
 * a deleted claim's words go with it by the foreign key's cascade.
 */
public class ClaimTermTrigger implements org.h2.api.Trigger {

    private int id = -1;
    private int statement = -1;
    private int figureText = -1;
    private int scope = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                switch (columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT)) {
                    case "id" -> id = index;
                    case "statement" -> statement = index;
                    case "figure_text" -> figureText = index;
                    case "scope" -> scope = index;
                    default -> {
                    }
                }
            }
        }
        if (id < 0 || statement < 0 || figureText < 0 || scope < 0) {
            throw new SQLException("claim_term trigger: table " + table + " lacks id, statement, figure_text or scope");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        if (oldRow != null && Objects.equals(oldRow[statement], newRow[statement])
                && Objects.equals(oldRow[figureText], newRow[figureText]) && Objects.equals(oldRow[scope], newRow[scope])
                && !missing(connection, newRow[id])) {
            return;
        }
        if (oldRow != null) {
            try (PreparedStatement delete = connection.prepareStatement("delete from claim_term where claim_id = ?")) {
                delete.setObject(1, oldRow[id]);
                delete.executeUpdate();
            }
        }
        Map<String, Integer> terms = SearchText.terms((String) newRow[statement], (String) newRow[figureText],
                (String) newRow[scope]);
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into claim_term (term, claim_id, hits) values (?, ?, ?)")) {
            for (Map.Entry<String, Integer> t : terms.entrySet()) {
                insert.setString(1, t.getKey());
                insert.setObject(2, newRow[id]);
                insert.setInt(3, t.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** True when an unchanged claim has no words yet: the migration's catch-up update of older rows. */
    private static boolean missing(Connection connection, Object claimId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select 1 from claim_term where claim_id = ? limit 1")) {
            ps.setObject(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }
}
