package io.aftersales.shared.domain;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Helps PostgreSQL's planner where it is known to go wrong; on H2 it does nothing (H2 plans every statement for its
 * values and needs no statistics at its sizes; it also treats ANALYZE as a command that commits).
 *
 * <ul>
 *   <li>After a bulk write the tables' statistics still describe them as they were: the import's duplicate checks
 *       took 265 ms per chunk instead of 1 ms, and a second import of 10,000 customers twice as long as the first
 *       ({@code bench/import.sh}). {@link #refreshStatisticsAfter} analyses them inside the write's transaction (and
 *       is rolled back with it).
 *   <li>A prepared statement is planned once for any value after a few executions (a generic plan); for a "contains"
 *       search that plan reads the whole table, since only the value shows that the trigram index finds the few rows:
 *       part of a plate took 33 ms that way and 3 ms with its value in the plan (EXPLAIN ANALYZE, 150,000 vehicles).
 *       {@link #planForTheValues} asks for plans made for the values, for the rest of the transaction.
 * </ul>
 */
@Component
public class QueryPlanner {

    /** Fewer rows than this change a table's statistics too little to be worth the look. */
    public static final int BULK = 1000;

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final EntityManager entityManager;
    private final boolean postgres;

    QueryPlanner(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    /** After {@code rows} rows were written to these tables in the current transaction: flushed, then analysed. */
    public void refreshStatisticsAfter(int rows, String... tables) {
        if (!postgres || rows < BULK) {
            return;
        }
        entityManager.flush();
        for (String table : tables) {
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
            entityManager.createNativeQuery("ANALYZE " + table).executeUpdate();
        }
    }

    /** The rest of the current transaction plans each statement for its values. */
    public void planForTheValues() {
        if (postgres) {
            entityManager
                    .createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .getSingleResult();
        }
    }
}
