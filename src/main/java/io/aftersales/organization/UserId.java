package io.aftersales.organization;

import java.util.UUID;

public record UserId(UUID value) {}
