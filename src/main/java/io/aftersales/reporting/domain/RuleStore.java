package io.aftersales.reporting.domain;

import io.aftersales.reporting.RankingRole;
import io.aftersales.reporting.RankingRule;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ranking rules table: one rule per organisation and role. */
@Component
public class RuleStore {

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RankingRule> of(UUID organizationId, RankingRole role) {
        return jdbc.sql("SELECT output_weight, efficiency_weight, comeback_weight, csat_weight, min_jobs"
                        + " FROM report_ranking_rule WHERE organization_id = :org AND role = :role")
                .param("org", organizationId)
                .param("role", role.name())
                .query((rs, i) -> new RankingRule(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    public void set(UUID organizationId, RankingRole role, RankingRule rule, UUID by, Instant at) {
        jdbc.sql("DELETE FROM report_ranking_rule WHERE organization_id = :org AND role = :role")
                .param("org", organizationId)
                .param("role", role.name())
                .update();
        jdbc.sql("INSERT INTO report_ranking_rule (organization_id, role, output_weight, efficiency_weight,"
                        + " comeback_weight, csat_weight, min_jobs, updated_at, updated_by) VALUES (:org, :role,"
                        + " :output, :efficiency, :comebacks, :csat, :minJobs, :at, :by)")
                .param("org", organizationId)
                .param("role", role.name())
                .param("output", rule.outputWeight())
                .param("efficiency", rule.efficiencyWeight())
                .param("comebacks", rule.comebackWeight())
                .param("csat", rule.csatWeight())
                .param("minJobs", rule.minJobs())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }
}
