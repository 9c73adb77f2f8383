package io.aftersales.workorder.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who does something to a work order, as the history records it.
 *
 * @param manager may override rules that need a manager (warranty for an asset out of warranty)
 */
public record Actor(@Nullable UUID id, String name, boolean manager) {}
