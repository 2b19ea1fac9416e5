package io.crosscheck.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.claim.ClaimFigure;
import io.crosscheck.common.Ids;
import io.crosscheck.common.VersionedJavaMigration;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.FigureJudge;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Tolerances;
import io.crosscheck.history.JsonDiff;
import io.crosscheck.link.LinkOrigin;
import io.crosscheck.link.LinkRecord;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V11_2, after V11_1 has re-derived the figures: every existing link gets the judgement of its
 * two figures (gap, outcome, reason) with the configured tolerances, and proposals left on a pair that
 * already has a decision (a manual link, a confirmed or dismissed one) are removed, each removal
 * recorded in the link's history as done by "system", as detection does. Links are read by id in
 * batches. Proposals whose type the new judgement no longer supports (a SUPPORTS between "5 M$" and
 * "6 M$") are left to the next detection; an operator runs {@code POST /api/conflicts/scan} once after
 * upgrading (docs/operations.md).
 */
public class LinkJudgementMigration extends VersionedJavaMigration {

    static final int BATCH = 500;

    private static final String FIGURE = "%1$s.figure_kind, %1$s.figure_value, %1$s.figure_low, %1$s.figure_high, "
            + "%1$s.figure_currency, %1$s.figure_unit, %1$s.figure_category, %1$s.figure_text, %1$s.figure_lang, "
            + "%1$s.figure_step, m%1$s.dimension";
    private static final String LINKS = "select l.id, " + FIGURE.formatted("a") + ", " + FIGURE.formatted("b")
            + " from claim_link l join claim a on a.id = l.from_claim_id join metric ma on ma.id = a.metric_id"
            + " join claim b on b.id = l.to_claim_id join metric mb on mb.id = b.metric_id"
            + " where l.id > ? order by l.id fetch first " + BATCH + " rows only";
    private static final String STRAYS = "select p.id, p.from_claim_id, p.to_claim_id, p.link_type, p.rationale, "
            + "p.author, p.origin, p.state, p.decision_rationale, p.decided_by, p.gap, p.judgement, p.judgement_reason "
            + "from claim_link p where p.state = 'PROPOSED' and p.origin = 'DETECTED' and exists (select 1 from "
            + "claim_link o where o.id <> p.id and ((o.from_claim_id = p.from_claim_id and o.to_claim_id = p.to_claim_id)"
            + " or (o.from_claim_id = p.to_claim_id and o.to_claim_id = p.from_claim_id))"
            + " and (o.state <> 'PROPOSED' or o.origin <> 'DETECTED')) order by p.id fetch first " + BATCH + " rows only";

    public LinkJudgementMigration() {
        super("11.2", "link judgements and one state per pair", 112);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        judgeLinks(c, tolerances());
        retireStrayProposals(c);
    }

    private static void judgeLinks(Connection c, Tolerances t) throws Exception {
        UUID after = new UUID(0, 0);
        try (PreparedStatement select = c.prepareStatement(LINKS); PreparedStatement update = c.prepareStatement(
                "update claim_link set gap = ?, judgement = ?, judgement_reason = ? where id = ?")) {
            while (after != null) {
                select.setObject(1, after);
                after = null;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getObject(1, UUID.class);
                        Judgement j = FigureJudge.judge(figure(rs, 2), figure(rs, 13), t);
                        update.setBigDecimal(1, j.gap());
                        update.setString(2, j.outcome().name());
                        update.setString(3, j.reason().name());
                        update.setObject(4, after);
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
        }
    }

    /** Proposals on pairs that have a decision: removed in batches until none is left. */
    private static void retireStrayProposals(Connection c) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (PreparedStatement select = c.prepareStatement(STRAYS);
                PreparedStatement history = c.prepareStatement("insert into history_entry "
                        + "(id, resource_type, resource_id, action, actor, at, changes) values (?, ?, ?, 'DELETE', 'system', ?, ?)");
                PreparedStatement delete = c.prepareStatement("delete from claim_link where id = ?")) {
            while (true) {
                List<UUID> gone = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        LinkRecord before = new LinkRecord(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                LinkType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                LinkOrigin.valueOf(rs.getString(7)), LinkState.valueOf(rs.getString(8)), rs.getString(9),
                                rs.getString(10), ClaimFigure.plain(rs.getBigDecimal(11)),
                                rs.getString(12) == null ? null : Judgement.Outcome.valueOf(rs.getString(12)),
                                rs.getString(13) == null ? null : Judgement.Reason.valueOf(rs.getString(13)));
                        history.setObject(1, Ids.newId());
                        history.setString(2, LinkService.RESOURCE);
                        history.setObject(3, id);
                        history.setTimestamp(4, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)));
                        history.setString(5, json.writeValueAsString(JsonDiff.diff(json.valueToTree(before), null)));
                        history.addBatch();
                        gone.add(id);
                    }
                }
                if (gone.isEmpty()) {
                    return;
                }
                history.executeBatch();
                for (UUID id : gone) {
                    delete.setObject(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    /** The figure stored in the 11 columns starting at {@code from}. */
    private static Figure figure(ResultSet rs, int from) throws Exception {
        ClaimFigure f = new ClaimFigure();
        f.kind = FigureKind.valueOf(rs.getString(from));
        f.value = rs.getBigDecimal(from + 1);
        f.low = rs.getBigDecimal(from + 2);
        f.high = rs.getBigDecimal(from + 3);
        f.currency = rs.getString(from + 4);
        f.unit = rs.getString(from + 5);
        f.category = rs.getString(from + 6);
        f.text = rs.getString(from + 7);
        f.lang = rs.getString(from + 8);
        f.step = rs.getBigDecimal(from + 9);
        return f.toFigure(Dimension.valueOf(rs.getString(from + 10)));
    }

    /** The configured tolerances ({@code crosscheck.conflicts.*}), or the defaults outside a running application. */
    static Tolerances tolerances() {
        try {
            var config = ConfigProvider.getConfig();
            return new Tolerances(
                    config.getOptionalValue("crosscheck.conflicts.hedge", BigDecimal.class).orElse(Tolerances.DEFAULT.hedge()),
                    config.getOptionalValue("crosscheck.conflicts.rounding-tolerance", BigDecimal.class)
                            .orElse(Tolerances.DEFAULT.rounding()));
        } catch (IllegalStateException e) {
            return Tolerances.DEFAULT;
        }
    }
}
