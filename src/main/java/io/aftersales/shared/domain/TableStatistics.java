package io.aftersales.shared.domain;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Brings the query planner's statistics of a module's tables up to date after a bulk write, as PostgreSQL advises
 * after loading data. Without it a query right after an import of thousands of rows is planned for the table as it
 * was before: the import's duplicate checks took 265 ms per chunk instead of 1 ms, and the second import of 10,000
 * customers twice as long as the first ({@code bench/import.sh}). PostgreSQL only: there ANALYZE runs inside the
 * write's transaction (and is rolled back with it); H2 treats ANALYZE as a command that commits, which would break an
 * all-or-nothing write, and its planner needs no such help at its sizes.
 */
@Component
public class TableStatistics {

    /** Fewer rows than this change a table's statistics too little to be worth the look. */
    public static final int BULK = 1000;

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final EntityManager entityManager;
    private final boolean postgres;

    TableStatistics(EntityManager entityManager, DataSource dataSource) {
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
    public void refreshAfter(int rows, String... tables) {
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
}
