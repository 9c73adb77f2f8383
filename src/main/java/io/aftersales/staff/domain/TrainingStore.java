package io.aftersales.staff.domain;

import io.aftersales.staff.Skill;
import io.aftersales.staff.TrainingResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Training sessions and their attendees (every query names the organisation). */
@Component
public class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Session(
            UUID id,
            UUID storeId,
            String title,
            @Nullable Skill skill,
            LocalDate heldOn,
            @Nullable String trainer,
            BigDecimal hours,
            @Nullable Integer certificateMonths) {}

    public record Attendee(
            UUID personId,
            TrainingResult result,
            @Nullable Integer score,
            @Nullable String note) {}

    public void insert(UUID organization, Session session, List<UUID> attendees, UUID by, Instant at) {
        jdbc.sql("INSERT INTO staff_training_session (id, organization_id, store_id, title, skill, held_on, trainer,"
                        + " hours, certificate_months, created_by, created_at) VALUES (:id, :org, :store, :title,"
                        + " :skill, :heldOn, :trainer, :hours, :months, :by, :at)")
                .param("id", session.id())
                .param("org", organization)
                .param("store", session.storeId())
                .param("title", session.title())
                .param("skill", session.skill() == null ? null : session.skill().name())
                .param("heldOn", session.heldOn())
                .param("trainer", session.trainer())
                .param("hours", session.hours())
                .param("months", session.certificateMonths())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        for (UUID person : attendees) {
            jdbc.sql("INSERT INTO staff_training_attendee (session_id, person_id, result) VALUES (:id, :person,"
                            + " 'PENDING')")
                    .param("id", session.id())
                    .param("person", person)
                    .update();
        }
    }

    public Optional<Session> find(UUID organization, UUID id) {
        return jdbc.sql("SELECT * FROM staff_training_session WHERE organization_id = :org AND id = :id")
                .param("org", organization)
                .param("id", id)
                .query(TrainingStore::session)
                .optional();
    }

    /** A store's sessions (those one person attends when given), the latest first. */
    public List<Session> sessions(UUID organization, UUID store, @Nullable UUID attendee, long offset, int limit) {
        return jdbc.sql("SELECT * FROM staff_training_session s WHERE " + where(attendee)
                        + " ORDER BY held_on DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params(organization, store, attendee))
                .param("offset", offset)
                .param("limit", limit)
                .query(TrainingStore::session)
                .list();
    }

    public long count(UUID organization, UUID store, @Nullable UUID attendee) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_training_session s WHERE " + where(attendee))
                .params(params(organization, store, attendee))
                .query(Long.class)
                .single();
    }

    private static String where(@Nullable UUID attendee) {
        return "organization_id = :org AND store_id = :store"
                + (attendee == null
                        ? ""
                        : " AND EXISTS (SELECT 1 FROM staff_training_attendee a WHERE a.session_id = s.id AND"
                                + " a.person_id = :attendee)");
    }

    private static Map<String, Object> params(UUID organization, UUID store, @Nullable UUID attendee) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        params.put("store", store);
        if (attendee != null) {
            params.put("attendee", attendee);
        }
        return params;
    }

    public Map<UUID, List<Attendee>> attendees(Collection<UUID> sessions) {
        Map<UUID, List<Attendee>> attendees = new HashMap<>();
        if (sessions.isEmpty()) {
            return attendees;
        }
        jdbc.sql("SELECT * FROM staff_training_attendee WHERE session_id IN (:ids) ORDER BY session_id, person_id")
                .param("ids", sessions)
                .query((rs, i) -> attendees
                        .computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                        .add(new Attendee(
                                rs.getObject("person_id", UUID.class),
                                TrainingResult.valueOf(rs.getString("result")),
                                (Integer) rs.getObject("score"),
                                rs.getString("note"))))
                .list();
        return attendees;
    }

    public void result(UUID session, Attendee attendee) {
        jdbc.sql("UPDATE staff_training_attendee SET result = :result, score = :score, note = :note WHERE session_id ="
                        + " :session AND person_id = :person")
                .param("result", attendee.result().name())
                .param("score", attendee.score())
                .param("note", attendee.note())
                .param("session", session)
                .param("person", attendee.personId())
                .update();
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        String skill = rs.getString("skill");
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getString("title"),
                skill == null ? null : Skill.valueOf(skill),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("trainer"),
                rs.getBigDecimal("hours"),
                (Integer) rs.getObject("certificate_months"));
    }
}
