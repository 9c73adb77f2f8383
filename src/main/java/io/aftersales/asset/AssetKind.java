package io.aftersales.asset;

public enum AssetKind {
    VEHICLE,
    EQUIPMENT
}
