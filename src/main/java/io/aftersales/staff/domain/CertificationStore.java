package io.aftersales.staff.domain;

import io.aftersales.staff.Skill;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The certificates and the skill requirements of an organisation (every query names the organisation). */
@Component
public class CertificationStore {

    private final JdbcClient jdbc;

    CertificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(
            UUID id,
            UUID personId,
            Skill skill,
            String number,
            LocalDate validFrom,
            LocalDate validUntil,
            @Nullable String note) {}

    public void insert(UUID organization, Row row, Instant at, UUID by) {
        jdbc.sql("INSERT INTO staff_certification (id, organization_id, person_id, skill, number, valid_from,"
                        + " valid_until, note, created_at, created_by) VALUES (:id, :org, :person, :skill, :number,"
                        + " :from, :until, :note, :at, :by)")
                .param("id", row.id())
                .param("org", organization)
                .param("person", row.personId())
                .param("skill", row.skill().name())
                .param("number", row.number())
                .param("from", row.validFrom())
                .param("until", row.validUntil())
                .param("note", row.note())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public Optional<Row> find(UUID organization, UUID id) {
        return jdbc.sql("SELECT * FROM staff_certification WHERE organization_id = :org AND id = :id")
                .param("org", organization)
                .param("id", id)
                .query(CertificationStore::row)
                .optional();
    }

    public void delete(UUID organization, UUID id) {
        jdbc.sql("DELETE FROM staff_certification WHERE organization_id = :org AND id = :id")
                .param("org", organization)
                .param("id", id)
                .update();
    }

    /** The certificates of the given people, by person, skill and the latest validity first. */
    public List<Row> of(UUID organization, Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM staff_certification WHERE organization_id = :org AND person_id IN (:people)"
                        + " ORDER BY person_id, skill, valid_until DESC")
                .param("org", organization)
                .param("people", people)
                .query(CertificationStore::row)
                .list();
    }

    /** Whether the person holds a certificate of the skill valid on the day. */
    public boolean holds(UUID organization, UUID person, Skill skill, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_certification WHERE organization_id = :org AND person_id = :person"
                                + " AND skill = :skill AND valid_from <= :day AND valid_until >= :day")
                        .param("org", organization)
                        .param("person", person)
                        .param("skill", skill.name())
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Map<String, Skill> requirements(UUID organization) {
        Map<String, Skill> required = new TreeMap<>();
        jdbc.sql("SELECT service_type, skill FROM staff_skill_requirement WHERE organization_id = :org")
                .param("org", organization)
                .query((rs, i) -> required.put(rs.getString(1), Skill.valueOf(rs.getString(2))))
                .list();
        return required;
    }

    /** Sets (or with null removes) the skill a service type requires. */
    public void require(UUID organization, String serviceType, @Nullable Skill skill) {
        jdbc.sql("DELETE FROM staff_skill_requirement WHERE organization_id = :org AND service_type = :type")
                .param("org", organization)
                .param("type", serviceType)
                .update();
        if (skill != null) {
            jdbc.sql("INSERT INTO staff_skill_requirement (organization_id, service_type, skill) VALUES (:org, :type,"
                            + " :skill)")
                    .param("org", organization)
                    .param("type", serviceType)
                    .param("skill", skill.name())
                    .update();
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                Skill.valueOf(rs.getString("skill")),
                rs.getString("number"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("note"));
    }
}
