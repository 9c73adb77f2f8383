package io.aftersales.asset;

import io.aftersales.customer.CustomerId;

/** An existing asset with the same VIN, plate or serial number as the one being registered. */
public record DuplicateAsset(AssetId id, CustomerId customerId, String label, String matchedOn) {}
