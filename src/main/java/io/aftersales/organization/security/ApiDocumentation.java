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
        info =
                @Info(
                        title = "AfterSales API",
                        version = "v1",
                        description = "After-sales service management (售后服务管理): customers and their vehicles or"
                                + " equipment, work orders from reception to delivery, parts and tools, follow-ups,"
                                + " surveys and complaints. Errors are application/problem+json with a field list;"
                                + " writes accept an Idempotency-Key header; answers follow Accept-Language"
                                + " (zh-CN, zh-TW, en)."),
        security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(
        name = ApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A token from POST /api/v1/auth/token (valid for a working day), or sign out with DELETE.")
class ApiDocumentation {

    static final String BEARER = "bearer";
}
