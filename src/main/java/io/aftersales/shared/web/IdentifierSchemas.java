package io.aftersales.shared.web;

import io.aftersales.shared.Identifier;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document describes every typed ID as what travels: a string of format uuid (not an object with a
 * {@code value}), in bodies, parameters and responses alike.
 */
@Configuration(proxyBeanMethods = false)
class IdentifierSchemas {

    @Bean
    ModelConverter identifiersAsUuids() {
        return (type, context, chain) -> {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (Identifier.class.isAssignableFrom(raw)) {
                return new UUIDSchema();
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }
}
