package io.crosscheck.migration;

import io.crosscheck.claim.ClaimFigure;
import io.crosscheck.common.Languages;
import io.crosscheck.common.VersionedJavaMigration;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.Precision;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V11_1: existing point figures get their rounding step, and the interval derived from it
 * under the judgement model (docs/figures.md): round figures keep two significant digits, hedges widen
 * by 10 %. The step is re-derived from the figure's stored text and language when the text reads as
 * the same value, else from the value's digits. An interval that was derived (symmetric around the
 * value, clamped at zero, or the bare value of a structured figure) is replaced; one a client gave
 * explicitly (asymmetric) is kept. Claims are read by id in batches, so memory stays flat at any size.
 * Neither the claims' versions nor their history change: this is the model's reading of the same
 * figures, not an edit.
 */
public class FigurePrecisionMigration extends VersionedJavaMigration {

    static final int BATCH = 500;

    private static final String SELECT = "select c.id, c.figure_kind, c.figure_value, c.figure_low, c.figure_high, "
            + "c.figure_text, c.figure_lang, c.language, m.dimension from claim c join metric m on m.id = c.metric_id "
            + "where c.figure_kind in ('EXACT', 'APPROXIMATE') and c.id > ? order by c.id fetch first " + BATCH + " rows only";

    public FigurePrecisionMigration() {
        super("11.1", "figure steps and intervals", 111);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        UUID after = new UUID(0, 0);
        try (PreparedStatement select = c.prepareStatement(SELECT);
                PreparedStatement update = c.prepareStatement(
                        "update claim set figure_step = ?, figure_low = ?, figure_high = ? where id = ?")) {
            while (after != null) {
                select.setObject(1, after);
                after = null;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getObject(1, UUID.class);
                        String lang = rs.getString(7) != null ? rs.getString(7) : rs.getString(8);
                        Figure f = rederive(FigureKind.valueOf(rs.getString(2)), Dimension.valueOf(rs.getString(9)),
                                rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6),
                                Languages.forFigures(lang));
                        update.setBigDecimal(1, f.step());
                        update.setBigDecimal(2, f.low());
                        update.setBigDecimal(3, f.high());
                        update.setObject(4, after);
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
        }
    }

    /**
     * A stored point figure read again: its step from its text (or digits), and its interval derived
     * from the step unless the stored one was given explicitly.
     */
    static Figure rederive(FigureKind kind, Dimension dim, BigDecimal value, BigDecimal low, BigDecimal high,
            String text, String figureLang) {
        BigDecimal v = ClaimFigure.plain(value);
        BigDecimal step = Precision.stepOf(text, figureLang, v);
        Figure derived = Precision.point(kind, dim, v, step, null, null, text, figureLang);
        boolean wasDerived = low == null || high == null
                || v.subtract(low).compareTo(high.subtract(v)) == 0
                || (low.signum() == 0 && high.subtract(v).compareTo(v) >= 0);
        return wasDerived ? derived
                : new Figure(kind, dim, v, ClaimFigure.plain(low), ClaimFigure.plain(high), null, null, null, text, figureLang, step);
    }
}
