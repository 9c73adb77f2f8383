package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import tools.jackson.databind.json.JsonMapper;

class IdentifierTests {

    record Carrier(StoreId store, List<StoreId> stores) {}

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void travelsInJsonAsItsBareUuid() {
        UUID id = UUID.randomUUID();
        String text = json.writeValueAsString(new Carrier(new StoreId(id), List.of(new StoreId(id))));
        assertThat(text).isEqualTo("{\"store\":\"" + id + "\",\"stores\":[\"" + id + "\"]}");
        assertThat(json.readValue(text, Carrier.class))
                .isEqualTo(new Carrier(new StoreId(id), List.of(new StoreId(id))));
        assertThat(new StoreId(id)).hasToString(id.toString());
    }

    @Test
    void plainSqlBindsItAsItsUuid() {
        UUID id = UUID.randomUUID();
        EmbeddedDatabase db = new EmbeddedDatabaseBuilder()
                .setType(EmbeddedDatabaseType.H2)
                .generateUniqueName(true)
                .build();
        try {
            JdbcClient jdbc = JdbcClient.create(db);
            jdbc.sql("create table t (id uuid)").update();
            jdbc.sql("insert into t values (?)").param(new StoreId(id)).update();
            assertThat(jdbc.sql("select id from t where id in (:ids)")
                            .param("ids", List.of(new StoreId(id), new StoreId(UUID.randomUUID())))
                            .query(UUID.class)
                            .list())
                    .containsExactly(id);
        } finally {
            db.shutdown();
        }
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        StoreId id = new StoreId(UUID.randomUUID());
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(id);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(id);
        }
    }
}
