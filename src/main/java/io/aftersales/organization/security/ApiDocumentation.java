package io.aftersales.organization.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document ({@code /v3/api-docs}) says about signing in: every call carries
 * {@code Authorization: Bearer <token>}, the token coming from {@code POST /api/v1/auth/token}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "AfterSales API", version = "v1"),
        security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(
        name = ApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A token from POST /api/v1/auth/token (valid for a working day), or sign out with DELETE.")
class ApiDocumentation {

    static final String BEARER = "bearer";
}
