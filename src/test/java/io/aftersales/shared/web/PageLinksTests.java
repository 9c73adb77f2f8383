package io.aftersales.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLinksTests {

    @Test
    void anotherPageKeepsEveryFilterOfTheAddressAskedFor() {
        PageLinks links = new PageLinks("/admin/users", "q=%E5%BC%A0&active=false&page=2");
        assertThat(links.to(3)).isEqualTo("/admin/users?q=%E5%BC%A0&active=false&page=3");
        assertThat(links.to(1)).isEqualTo("/admin/users?q=%E5%BC%A0&active=false&page=1");
    }

    @Test
    void theFirstLinkOfAnAddressWithoutFiltersAddsOnlyThePage() {
        PageLinks links = new PageLinks("/admin/audit", null);
        assertThat(links.to(1)).isEqualTo("/admin/audit?page=1");
        assertThat(links.to(-1)).isEqualTo("/admin/audit?page=0");
    }
}
