package io.aftersales.asset;

import java.util.UUID;

/** An existing asset with the same VIN, plate or serial number as the one being registered. */
public record DuplicateAsset(UUID id, UUID customerId, String label, String matchedOn) {}
