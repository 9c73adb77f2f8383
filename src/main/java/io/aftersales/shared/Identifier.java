package io.aftersales.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlTypeValue;

/**
 * A typed ID of a module's aggregate (a record with one {@link UUID} component), so that a customer's ID cannot be
 * passed where a work order's is meant. It travels as its bare UUID: in JSON and event publications ({@link
 * JsonValue}), in paths and form fields (parsed by the web configuration), in links ({@code toString}) and in the
 * OpenAPI description (a string of format uuid). Entities keep plain UUID columns; the facades convert at the
 * module's edge.
 */
public interface Identifier extends SqlTypeValue, Serializable {

    @JsonValue
    UUID value();

    /** Bound as its UUID when plain SQL is handed a typed ID ({@code JdbcClient.param(storeId)}). */
    @Override
    default void setTypeValue(PreparedStatement statement, int index, int sqlType, @Nullable String typeName)
            throws SQLException {
        statement.setObject(index, value());
    }

    /** The UUID of an ID that may be absent. */
    static @Nullable UUID valueOf(@Nullable Identifier id) {
        return id == null ? null : id.value();
    }

    /** The UUIDs of typed IDs, in their order. */
    static List<UUID> values(Collection<? extends Identifier> ids) {
        return ids.stream().map(Identifier::value).toList();
    }

    /** A typed ID of a UUID that may be absent: {@code Identifier.of(row.storeId(), StoreId::new)}. */
    static <T extends Identifier> @Nullable T of(@Nullable UUID value, Function<UUID, T> type) {
        return value == null ? null : type.apply(value);
    }
}
