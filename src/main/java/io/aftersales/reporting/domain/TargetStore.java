package io.aftersales.reporting.domain;

import io.aftersales.reporting.KpiMetric;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The targets table: a store's month, read whole; one target set or removed at a time. */
@Component
public class TargetStore {

    /** The person of a store's own target. */
    public static final UUID STORE = new UUID(0, 0);

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(UUID personId, KpiMetric metric, BigDecimal value) {}

    public List<Stored> of(UUID organizationId, LocalDate month, UUID storeId) {
        return jdbc.sql("SELECT person_id, metric, target_value FROM report_target WHERE organization_id = :org"
                        + " AND month_start = :month AND store_id = :store")
                .param("org", organizationId)
                .param("month", month)
                .param("store", storeId)
                .query((rs, i) -> new Stored(
                        rs.getObject("person_id", UUID.class),
                        KpiMetric.valueOf(rs.getString("metric")),
                        rs.getBigDecimal("target_value")))
                .list();
    }

    /** Sets one target, or removes it when {@code value} is null. */
    public void set(
            UUID organizationId,
            LocalDate month,
            UUID storeId,
            UUID personId,
            KpiMetric metric,
            @Nullable BigDecimal value,
            UUID by,
            Instant at) {
        jdbc.sql("DELETE FROM report_target WHERE organization_id = :org AND month_start = :month"
                        + " AND store_id = :store AND person_id = :person AND metric = :metric")
                .param("org", organizationId)
                .param("month", month)
                .param("store", storeId)
                .param("person", personId)
                .param("metric", metric.name())
                .update();
        if (value != null) {
            jdbc.sql("INSERT INTO report_target (organization_id, month_start, store_id, person_id, metric,"
                            + " target_value, updated_at, updated_by) VALUES (:org, :month, :store, :person, :metric,"
                            + " :value, :at, :by)")
                    .param("org", organizationId)
                    .param("month", month)
                    .param("store", storeId)
                    .param("person", personId)
                    .param("metric", metric.name())
                    .param("value", value)
                    .param("at", Timestamp.from(at))
                    .param("by", by)
                    .update();
        }
    }
}
