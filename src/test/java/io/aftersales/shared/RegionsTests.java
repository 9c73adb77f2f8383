package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTests {

    private final Regions regions = new Regions();

    @Test
    void knowsEveryProvinceAndTheDistrictsOfShanghai() {
        assertThat(regions.provinces())
                .hasSize(31)
                .extracting(Regions.Region::code)
                .contains("310000", "440000");
        assertThat(regions.children("310100")).extracting(Regions.Region::name).contains("浦东新区", "闵行区");
    }

    @Test
    void namesThePathOfADistrictCityOrProvince() {
        assertThat(regions.path("440305")).contains(new Regions.Path("440305", "广东省", "深圳市", "南山区"));
        assertThat(regions.path("440300")).contains(new Regions.Path("440300", "广东省", "深圳市", null));
        assertThat(regions.path("999999")).isEmpty();
    }
}
