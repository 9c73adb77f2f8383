package io.aftersales.reporting.domain;

import io.aftersales.reporting.KpiGrouping;
import io.aftersales.reporting.KpiMeasure;
import io.aftersales.reporting.ReportedWorkOrder;
import io.aftersales.reporting.domain.DailyFigures.StoreDay;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.JobFigures;
import io.aftersales.workorder.PartUse;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PayTypeTotal;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderReceived;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reporting projection ({@code report_work_order}): one row per work order, written from its events, and the
 * figures summed from it. A figure and its drill-down are read with the same conditions, so that a figure never
 * disagrees with the list of the work orders it counts. Writing is idempotent (an event handled twice changes
 * nothing), and either event may come first.
 */
@Component
public class ReportFacts {

    /**
     * What a delivered job adds to its group, summed over rows {@code w} with their follow-up {@code f} and complaint
     * count {@code c} (see {@link #FEEDBACK_JOINS}): amounts, hours, first-time fixes and feedback.
     */
    static final String DELIVERED_SUMS = "SUM(w.customer_pay), SUM(w.warranty_pay), SUM(w.internal_pay),"
            + " SUM(w.goodwill), SUM(w.labour), SUM(w.parts), SUM(w.genuine_parts), SUM(w.other), SUM(w.sold_hours),"
            + " SUM(w.clocked_hours), SUM(CASE WHEN w.came_back THEN 0 ELSE 1 END),"
            + " SUM(CASE WHEN f.reached THEN 1 ELSE 0 END), COUNT(f.score), SUM(CASE WHEN f.score >= 4 THEN 1 ELSE 0 END),"
            + " COUNT(f.nps), SUM(CASE WHEN f.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN f.nps <= 6 THEN 1 ELSE 0 END),"
            + " COALESCE(SUM(c.n), 0), SUM(w.insurance_pay)";

    /** The follow-up and the complaint count of each row {@code w}, for {@link #DELIVERED_SUMS}. */
    static final String FEEDBACK_JOINS = " LEFT JOIN report_follow_up f ON f.work_order_id = w.work_order_id"
            + " LEFT JOIN (SELECT work_order_id, COUNT(*) AS n FROM report_complaint WHERE organization_id = :org"
            + " GROUP BY work_order_id) c ON c.work_order_id = w.work_order_id";

    private static final String COLUMNS = "work_order_id, organization_id, store_id, number, service_type,"
            + " advisor_id, lead_technician_id, comeback_of, received_at, received_on";

    private final JdbcClient jdbc;
    private final DailyFigures daily;

    ReportFacts(JdbcClient jdbc, DailyFigures daily) {
        this.jdbc = jdbc;
        this.daily = daily;
    }

    /** Which rows: the organisation, the days, the stores (all when null) and the person (whoever when null). */
    public record Scope(
            UUID organizationId,
            LocalDate from,
            LocalDate to,
            @Nullable Collection<StoreId> storeIds,
            @Nullable UserId advisorId,
            @Nullable UserId technicianId) {}

    /** The sums of one group; the amounts and hours are only summed for delivered jobs. */
    public record Tally(
            String key,
            long count,
            BigDecimal customerPay,
            BigDecimal warrantyPay,
            BigDecimal internalPay,
            BigDecimal goodwill,
            BigDecimal insurancePay,
            BigDecimal labour,
            BigDecimal parts,
            BigDecimal genuineParts,
            BigDecimal other,
            BigDecimal soldHours,
            BigDecimal clockedHours,
            Feedback feedback) {}

    /**
     * What became of the delivered jobs of one group: how many never came back, how many follow-ups reached the
     * customer, the survey scores (1 to 5) and recommendation scores (0 to 10) given, and the complaints about them.
     */
    public record Feedback(
            long firstTimeFixed,
            long followedUp,
            long scored,
            long satisfied,
            long npsAnswers,
            long promoters,
            long detractors,
            long complaints) {

        public static final Feedback NONE = new Feedback(0, 0, 0, 0, 0, 0, 0, 0);

        public Feedback plus(Feedback other) {
            return new Feedback(
                    firstTimeFixed + other.firstTimeFixed,
                    followedUp + other.followedUp,
                    scored + other.scored,
                    satisfied + other.satisfied,
                    npsAnswers + other.npsAnswers,
                    promoters + other.promoters,
                    detractors + other.detractors,
                    complaints + other.complaints);
        }
    }

    /** @return the store days whose sums changed */
    public Set<StoreDay> received(WorkOrderReceived event, LocalDate day) {
        Set<StoreDay> touched = new HashSet<>();
        touched.add(new StoreDay(event.storeId().value(), day));
        if (event.comebackOf() != null) {
            // The comeback counts against the original's store on this day, and the original is no first-time fix.
            jdbc.sql("SELECT store_id, delivered_on FROM report_work_order WHERE work_order_id = :id")
                    .param("id", event.comebackOf().value())
                    .query((rs, i) -> {
                        UUID store = rs.getObject(1, UUID.class);
                        touched.add(new StoreDay(store, day));
                        LocalDate delivered = rs.getObject(2, LocalDate.class);
                        if (delivered != null) {
                            touched.add(new StoreDay(store, delivered));
                        }
                        return store;
                    })
                    .list();
            jdbc.sql("UPDATE report_work_order SET came_back = TRUE WHERE work_order_id = :id")
                    .param("id", event.comebackOf().value())
                    .update();
        }
        insert(
                event.workOrderId(),
                event.organizationId().value(),
                event.storeId(),
                event.number(),
                event.serviceType(),
                event.advisorId(),
                event.comebackOf(),
                Timestamp.from(event.receivedAt()),
                day);
        return touched;
    }

    /** @return the store days whose sums changed */
    public Set<StoreDay> delivered(WorkOrderDelivered event, LocalDate receivedOn, LocalDate deliveredOn) {
        insert(
                event.workOrderId(),
                event.organizationId().value(),
                event.storeId(),
                event.number(),
                event.serviceType(),
                event.advisorId(),
                event.comebackOf(),
                Timestamp.from(event.receivedAt()),
                receivedOn);
        Map<PayType, BigDecimal> net = new HashMap<>();
        for (PayTypeTotal total : event.totals()) {
            net.merge(total.payType(), total.net(), BigDecimal::add);
        }
        JobFigures figures = event.figures();
        jdbc.sql("UPDATE report_work_order SET lead_technician_id = :lead, delivered_at = :at, delivered_on = :on,"
                        + " customer_pay = :customer, warranty_pay = :warranty, internal_pay = :internal,"
                        + " goodwill = :goodwill, insurance_pay = :insurance, labour = :labour, parts = :parts, genuine_parts = :genuine,"
                        + " other = :other, sold_hours = :sold, clocked_hours = :clocked WHERE work_order_id = :id")
                .param("lead", Identifier.valueOf(event.leadTechnicianId()))
                .param("at", Timestamp.from(event.deliveredAt()))
                .param("on", deliveredOn)
                .param("customer", net.getOrDefault(PayType.CUSTOMER, BigDecimal.ZERO))
                .param("warranty", net.getOrDefault(PayType.WARRANTY, BigDecimal.ZERO))
                .param("internal", net.getOrDefault(PayType.INTERNAL, BigDecimal.ZERO))
                .param("goodwill", net.getOrDefault(PayType.GOODWILL, BigDecimal.ZERO))
                .param("insurance", net.getOrDefault(PayType.INSURANCE, BigDecimal.ZERO))
                .param("labour", figures.labour())
                .param("parts", figures.parts())
                .param("genuine", figures.genuineParts())
                .param("other", figures.other())
                .param("sold", figures.soldHours())
                .param("clocked", figures.clockedHours())
                .param("id", event.workOrderId().value())
                .update();
        jdbc.sql("DELETE FROM report_part_use WHERE work_order_id = :id")
                .param("id", event.workOrderId().value())
                .update();
        for (PartUse part : event.partsUsed()) {
            jdbc.sql("INSERT INTO report_part_use (work_order_id, part_id, organization_id, store_id, month_start,"
                            + " part_number, part_name, quantity) VALUES (:id, :part, :org, :store, :month, :number,"
                            + " :name, :quantity)")
                    .param("id", event.workOrderId().value())
                    .param("part", part.partId().value())
                    .param("org", event.organizationId().value())
                    .param("store", event.storeId().value())
                    .param("month", deliveredOn.withDayOfMonth(1))
                    .param("number", part.partNumber())
                    .param("name", part.description())
                    .param("quantity", part.quantity())
                    .update();
        }
        Set<StoreDay> touched = new HashSet<>();
        UUID store = event.storeId().value();
        touched.add(new StoreDay(store, receivedOn));
        touched.add(new StoreDay(store, deliveredOn));
        // Comebacks already in count against this job's lead technician, now known.
        jdbc.sql("SELECT received_on FROM report_work_order WHERE comeback_of = :id")
                .param("id", event.workOrderId().value())
                .query(LocalDate.class)
                .list()
                .forEach(day -> touched.add(new StoreDay(store, day)));
        return touched;
    }

    /** The sums per group of the work orders {@code measure} counts. */
    public List<Tally> tally(Scope scope, KpiMeasure measure, KpiGrouping groupBy) {
        Optional<List<Tally>> summed = daily.tally(scope, measure, groupBy);
        if (summed.isPresent()) {
            return summed.get();
        }
        Sql sql = new Sql(scope, measure);
        String key = sql.key(groupBy);
        boolean delivered = measure == KpiMeasure.DELIVERED;
        String sums = delivered ? ", " + DELIVERED_SUMS : "";
        String feedback = delivered ? FEEDBACK_JOINS : "";
        return sql.params(jdbc.sql("SELECT " + key + " AS k, COUNT(*) AS n" + sums + sql.from() + feedback + sql.where()
                        + " GROUP BY " + key))
                .query((rs, i) -> tallyOf(rs, groupBy, delivered))
                .list();
    }

    /**
     * The work orders {@code measure} counts in the group {@code key} of {@code groupBy} (all groups when null), the
     * latest first: a page of them and how many there are.
     */
    public List<ReportedWorkOrder> list(
            Scope scope, KpiMeasure measure, KpiGrouping groupBy, @Nullable String key, int offset, int limit) {
        Sql sql = new Sql(scope, measure).in(groupBy, key);
        return sql.params(jdbc.sql("SELECT w.work_order_id, w.number, w.store_id, w.service_type, w.advisor_id,"
                        + " w.lead_technician_id, w.received_at, w.delivered_at, w.customer_pay + w.warranty_pay"
                        + " + w.internal_pay + w.insurance_pay AS output_value, w.sold_hours, w.clocked_hours, w.comeback_of"
                        + sql.from() + sql.where() + " ORDER BY " + sql.day() + " DESC, w.number DESC"
                        + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY"))
                .query((rs, i) -> new ReportedWorkOrder(
                        new WorkOrderId(rs.getObject("work_order_id", UUID.class)),
                        rs.getString("number"),
                        new StoreId(rs.getObject("store_id", UUID.class)),
                        ServiceType.valueOf(rs.getString("service_type")),
                        new UserId(rs.getObject("advisor_id", UUID.class)),
                        Identifier.of(rs.getObject("lead_technician_id", UUID.class), UserId::new),
                        rs.getTimestamp("received_at").toInstant(),
                        instant(rs.getTimestamp("delivered_at")),
                        rs.getBigDecimal("output_value"),
                        rs.getBigDecimal("sold_hours"),
                        rs.getBigDecimal("clocked_hours"),
                        Identifier.of(rs.getObject("comeback_of", UUID.class), WorkOrderId::new)))
                .list();
    }

    public long count(Scope scope, KpiMeasure measure, KpiGrouping groupBy, @Nullable String key) {
        Optional<List<Tally>> summed = daily.tally(scope, measure, groupBy);
        if (summed.isPresent()) {
            return summed.get().stream()
                    .filter(tally -> key == null || tally.key().equals(key))
                    .mapToLong(Tally::count)
                    .sum();
        }
        Sql sql = new Sql(scope, measure).in(groupBy, key);
        return sql.params(jdbc.sql("SELECT COUNT(*)" + sql.from() + sql.where()))
                .query(Long.class)
                .single();
    }

    private void insert(
            WorkOrderId id,
            UUID organizationId,
            StoreId storeId,
            String number,
            ServiceType serviceType,
            UserId advisorId,
            @Nullable WorkOrderId comebackOf,
            Timestamp receivedAt,
            LocalDate receivedOn) {
        jdbc.sql("INSERT INTO report_work_order (" + COLUMNS + ") VALUES (:id, :org, :store, :number, :type,"
                        + " :advisor, NULL, :comebackOf, :at, :on) ON CONFLICT DO NOTHING")
                .param("id", id.value())
                .param("org", organizationId)
                .param("store", storeId.value())
                .param("number", number)
                .param("type", serviceType.name())
                .param("advisor", advisorId.value())
                .param("comebackOf", Identifier.valueOf(comebackOf))
                .param("at", receivedAt)
                .param("on", receivedOn)
                .update();
        // A comeback whose event came before its original's still marks the original.
        jdbc.sql("UPDATE report_work_order SET came_back = TRUE WHERE work_order_id = :id AND NOT came_back"
                        + " AND EXISTS (SELECT 1 FROM report_work_order c WHERE c.comeback_of = :id)")
                .param("id", id.value())
                .update();
    }

    /** Drops the organisation's projection, to be built again. */
    public void forget(UUID organizationId) {
        for (String table : List.of(
                "report_store_day",
                "report_day",
                "report_part_use",
                "report_complaint",
                "report_follow_up",
                "report_work_order")) {
            jdbc.sql("DELETE FROM " + table + " WHERE organization_id = :org")
                    .param("org", organizationId)
                    .update();
        }
    }

    /** The after-service follow-up of a job finished: reached or not, with the scores the customer gave. */
    public Set<StoreDay> followedUp(
            WorkOrderId workOrder,
            UUID organizationId,
            boolean reached,
            @Nullable Integer score,
            @Nullable Integer nps) {
        jdbc.sql("INSERT INTO report_follow_up (work_order_id, organization_id, reached) VALUES (:id, :org, :reached)"
                        + " ON CONFLICT DO NOTHING")
                .param("id", workOrder.value())
                .param("org", organizationId)
                .param("reached", reached)
                .update();
        jdbc.sql("UPDATE report_follow_up SET reached = :reached, score = :score, nps = :nps WHERE work_order_id = :id")
                .param("reached", reached)
                .param("score", score)
                .param("nps", nps)
                .param("id", workOrder.value())
                .update();
        return deliveredDay(workOrder);
    }

    /** A complaint was opened about a job. */
    public Set<StoreDay> complained(UUID complaintId, UUID organizationId, WorkOrderId workOrder) {
        jdbc.sql("INSERT INTO report_complaint (complaint_id, organization_id, work_order_id) VALUES (:id, :org, :wo)"
                        + " ON CONFLICT DO NOTHING")
                .param("id", complaintId)
                .param("org", organizationId)
                .param("wo", workOrder.value())
                .update();
        return deliveredDay(workOrder);
    }

    /** The store's day a job was delivered on, which its feedback counts in (none before delivery). */
    private Set<StoreDay> deliveredDay(WorkOrderId workOrder) {
        return new HashSet<>(jdbc.sql("SELECT store_id, delivered_on FROM report_work_order WHERE work_order_id = :id"
                        + " AND delivered_on IS NOT NULL")
                .param("id", workOrder.value())
                .query((rs, i) -> new StoreDay(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list());
    }

    /**
     * A tally from a row of {@code key, count} and, for deliveries, the columns of {@link #DELIVERED_SUMS} in order:
     * as the rows and the daily sums both give it.
     */
    static Tally tallyOf(ResultSet rs, KpiGrouping groupBy, boolean delivered) throws SQLException {
        String key = keyOf(rs, groupBy);
        if (!delivered) {
            BigDecimal zero = BigDecimal.ZERO;
            return new Tally(
                    key,
                    rs.getLong(2),
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    zero,
                    Feedback.NONE);
        }
        return new Tally(
                key,
                rs.getLong(2),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6),
                rs.getBigDecimal(21),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getBigDecimal(9),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                rs.getBigDecimal(12),
                new Feedback(
                        rs.getLong(13),
                        rs.getLong(14),
                        rs.getLong(15),
                        rs.getLong(16),
                        rs.getLong(17),
                        rs.getLong(18),
                        rs.getLong(19),
                        rs.getLong(20)));
    }

    private static String keyOf(ResultSet rs, KpiGrouping groupBy) throws SQLException {
        return switch (groupBy) {
            case MONTH -> {
                int month = rs.getInt(1);
                yield YearMonth.of(month / 100, month % 100).toString();
            }
            case DAY -> rs.getObject(1, LocalDate.class).toString();
            default -> {
                Object value = rs.getObject(1);
                yield value == null ? "" : value.toString();
            }
        };
    }

    private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * The one place the conditions are written. {@code w} is the counted work order; {@code p} the one the figure is
     * charged to: the same row, or for a comeback the original job, whose store, people and service type group it.
     */
    private static final class Sql {

        private final Scope scope;
        private final KpiMeasure measure;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();
        private LocalDate from;
        private LocalDate to;

        Sql(Scope scope, KpiMeasure measure) {
            this.scope = scope;
            this.measure = measure;
            this.from = scope.from();
            this.to = scope.to();
            params.put("org", scope.organizationId());
            if (scope.storeIds() != null) {
                conditions.add(charged() + ".store_id IN (:stores)");
                params.put("stores", Identifier.values(scope.storeIds()));
            }
            if (scope.advisorId() != null) {
                conditions.add(charged() + ".advisor_id = :advisor");
                params.put("advisor", scope.advisorId().value());
            }
            if (scope.technicianId() != null) {
                conditions.add(charged() + ".lead_technician_id = :technician");
                params.put("technician", scope.technicianId().value());
            }
        }

        String from() {
            return measure == KpiMeasure.COMEBACKS
                    ? " FROM report_work_order w JOIN report_work_order p ON p.work_order_id = w.comeback_of"
                    : " FROM report_work_order w";
        }

        String day() {
            return measure == KpiMeasure.DELIVERED ? "w.delivered_on" : "w.received_on";
        }

        String charged() {
            return measure == KpiMeasure.COMEBACKS ? "p" : "w";
        }

        String key(KpiGrouping groupBy) {
            return switch (groupBy) {
                case STORE -> charged() + ".store_id";
                case ADVISOR -> charged() + ".advisor_id";
                case TECHNICIAN -> charged() + ".lead_technician_id";
                case SERVICE_TYPE -> charged() + ".service_type";
                case MONTH -> "EXTRACT(YEAR FROM " + day() + ") * 100 + EXTRACT(MONTH FROM " + day() + ")";
                case DAY -> day();
            };
        }

        /** Only the group {@code key} of {@code groupBy}; a key that names no group matches nothing. */
        Sql in(KpiGrouping groupBy, @Nullable String key) {
            if (key == null) {
                return this;
            }
            switch (groupBy) {
                case MONTH -> {
                    YearMonth month = YearMonth.parse(key);
                    narrow(month.atDay(1), month.atEndOfMonth());
                }
                case DAY -> narrow(LocalDate.parse(key), LocalDate.parse(key));
                case SERVICE_TYPE -> {
                    conditions.add(key(groupBy) + " = :key");
                    params.put("key", key);
                }
                default -> {
                    if (key.isEmpty()) {
                        conditions.add(key(groupBy) + " IS NULL");
                    } else {
                        conditions.add(key(groupBy) + " = :key");
                        params.put("key", UUID.fromString(key));
                    }
                }
            }
            return this;
        }

        private void narrow(LocalDate first, LocalDate last) {
            if (first.isAfter(from)) {
                from = first;
            }
            if (last.isBefore(to)) {
                to = last;
            }
        }

        String where() {
            StringBuilder where = new StringBuilder(" WHERE w.organization_id = :org AND ")
                    .append(day())
                    .append(" >= :from AND ")
                    .append(day())
                    .append(" <= :to");
            if (measure == KpiMeasure.COMEBACKS) {
                where.append(" AND p.organization_id = :org");
            }
            conditions.forEach(c -> where.append(" AND ").append(c));
            return where.toString();
        }

        JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec spec = statement.param("from", from).param("to", to);
            for (Map.Entry<String, Object> param : params.entrySet()) {
                spec = spec.param(param.getKey(), param.getValue());
            }
            return spec;
        }
    }
}
