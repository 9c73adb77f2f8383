package io.aftersales.customer;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

public record AddressView(
        String regionCode,
        String province,
        @Nullable String city,
        @Nullable String district,
        @Nullable String detail) {

    /** The address as written in China: province, city, district, then the rest; "市辖区" is not written. */
    public String text() {
        return Stream.of(province, "市辖区".equals(city) ? null : city, district, detail)
                .filter(Objects::nonNull)
                .collect(Collectors.joining());
    }
}
