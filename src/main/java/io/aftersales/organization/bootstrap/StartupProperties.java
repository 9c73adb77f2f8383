package io.aftersales.organization.bootstrap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.admin-password} ({@code AFTERSALES_ADMIN_PASSWORD}) sets the first admin's password, which is
 * otherwise generated and logged once.
 */
@ConfigurationProperties("aftersales")
record StartupProperties(@Nullable String adminPassword) {}
