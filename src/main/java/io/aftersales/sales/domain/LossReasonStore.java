package io.aftersales.sales.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organisation's list of loss reasons, active ones in their order, and those taken off it. */
@Component
public class LossReasonStore {

    private final JdbcClient jdbc;

    LossReasonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Reason(String code, String label, boolean active) {}

    /** Every reason the organisation ever listed, active ones first in their order (empty: it never made a list). */
    public List<Reason> all(UUID org) {
        return jdbc.sql("SELECT code, label, active FROM sales_loss_reason WHERE organization_id = :org ORDER BY active"
                        + " DESC, position, code")
                .param("org", org)
                .query((rs, n) -> new Reason(rs.getString("code"), rs.getString("label"), rs.getBoolean("active")))
                .list();
    }

    /** Makes these the active list, in this order; reasons left out become inactive. */
    public void replace(UUID org, List<Reason> reasons) {
        jdbc.sql("UPDATE sales_loss_reason SET active = FALSE WHERE organization_id = :org")
                .param("org", org)
                .update();
        for (int i = 0; i < reasons.size(); i++) {
            Reason reason = reasons.get(i);
            int updated = jdbc.sql("UPDATE sales_loss_reason SET label = :label, position = :position, active = TRUE"
                            + " WHERE organization_id = :org AND code = :code")
                    .param("org", org)
                    .param("code", reason.code())
                    .param("label", reason.label())
                    .param("position", i)
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO sales_loss_reason (organization_id, code, label, position, active) VALUES (:org,"
                                + " :code, :label, :position, TRUE)")
                        .param("org", org)
                        .param("code", reason.code())
                        .param("label", reason.label())
                        .param("position", i)
                        .update();
            }
        }
    }
}
