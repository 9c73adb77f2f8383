package io.aftersales.customer.domain;

import io.aftersales.customer.AddressView;
import io.aftersales.shared.Regions;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

@Embeddable
public class Address {

    private String regionCode;
    private String province;
    private @Nullable String city;
    private @Nullable String district;
    private @Nullable String detail;

    protected Address() {
        this.regionCode = "";
        this.province = "";
    }

    public Address(Regions.Path path, @Nullable String detail) {
        this.regionCode = path.code();
        this.province = path.province();
        this.city = path.city();
        this.district = path.district();
        this.detail = detail == null || detail.isBlank() ? null : detail.trim();
    }

    AddressView toView() {
        return new AddressView(regionCode, province, city, district, detail);
    }
}
