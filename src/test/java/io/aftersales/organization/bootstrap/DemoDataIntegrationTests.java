package io.aftersales.organization.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    DemoData demoData;

    @Autowired
    Api api;

    @Test
    void theDemoOrganisationHasTwoStoresAndAUserOfEveryRoleWithTheDocumentedPassword() {
        demoData.load("demoadmin");

        String hq = api.token("hq", DemoData.PASSWORD);
        MvcTestResult stores = api.get(hq, "/api/v1/stores");
        assertThat(Api.<List<String>>read(stores, "$.items[*].code")).containsExactly("SH01", "SH02");

        String manager = api.token("manager", DemoData.PASSWORD);
        MvcTestResult users = api.get(manager, "/api/v1/users?size=200");
        List<List<String>> roles = Api.read(users, "$.items[*].roles");
        Set<String> covered = new HashSet<>();
        roles.forEach(covered::addAll);
        for (Role role : Role.values()) {
            assertThat(covered).contains(role.name());
        }
        for (String username : List.of("advisor", "tech", "parts", "followup", "sales", "finance", "tech2")) {
            assertThat(api.requestToken(username, DemoData.PASSWORD)).hasStatusOk();
        }
    }
}
