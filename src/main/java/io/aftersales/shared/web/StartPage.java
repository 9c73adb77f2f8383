package io.aftersales.shared.web;

import io.aftersales.shared.security.Role;

/**
 * Where a user whose only role is {@code role} lands instead of the home page (a technician on their jobs). Declared
 * as a bean by the module that owns the page; users with several roles keep the home page.
 */
public record StartPage(Role role, String href) {}
