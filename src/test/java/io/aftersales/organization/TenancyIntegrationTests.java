package io.aftersales.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Organisations are a hard wall: nothing of one is visible to, or changeable by, another. */
@IntegrationTest
class TenancyIntegrationTests {

    @Autowired
    Api api;

    @Test
    void anotherOrganisationsAdminGets404ForOurStoreAndUserAndSeesNeitherInLists() {
        Api.Tenant ours = api.newTenant();
        Api.Tenant theirs = api.newTenant();

        assertThat(api.get(theirs.adminToken(), "/api/v1/stores/{id}", ours.storeId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(theirs.adminToken(), "/api/v1/users/{id}", ours.adminId()))
                .hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult stores = api.get(theirs.adminToken(), "/api/v1/stores?size=200");
        assertThat(Api.<List<String>>read(stores, "$.items[*].id"))
                .contains(theirs.storeId().toString())
                .doesNotContain(ours.storeId().toString());
        MvcTestResult users = api.get(theirs.adminToken(), "/api/v1/users?size=200");
        assertThat(Api.<List<String>>read(users, "$.items[*].username"))
                .contains(theirs.adminUsername())
                .doesNotContain(ours.adminUsername(), Api.PLATFORM_ADMIN);
    }

    @Test
    void anotherOrganisationCannotChangeOurRecords() {
        Api.Tenant ours = api.newTenant();
        Api.Tenant theirs = api.newTenant();
        assertThat(api.put(
                        theirs.adminToken(),
                        "/api/v1/stores/{id}",
                        "{\"name\":\"hijacked\",\"active\":true,\"version\":0}",
                        ours.storeId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.post(theirs.adminToken(), "/api/v1/users/{id}/deactivate", "", ours.adminId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(ours.adminToken(), "/api/v1/stores/{id}", ours.storeId()))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("一号店");
    }

    @Test
    void usersCannotBeAssignedToAnotherOrganisationsStore() {
        Api.Tenant ours = api.newTenant();
        Api.Tenant theirs = api.newTenant();
        MvcTestResult result = api.post(
                theirs.adminToken(),
                "/api/v1/users",
                Api.userJson(Api.unique("spy"), List.of(ours.storeId()), Role.TECHNICIAN));
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(result, "$.errors[*].field")).containsExactly("storeIds");
    }

    @Test
    void theAuditTrailOfOneOrganisationIsInvisibleToAnother() {
        Api.Tenant ours = api.newTenant();
        Api.User user = api.newUser(ours, List.of(ours.storeId()), Role.TECHNICIAN);
        Api.Tenant theirs = api.newTenant();
        MvcTestResult audit = api.get(theirs.adminToken(), "/api/v1/audit-events?entityId={id}", user.id());
        assertThat(audit).hasStatusOk();
        assertThat(Api.<Integer>read(audit, "$.total")).isZero();
    }

    @Test
    void onlyThePlatformAdminManagesOrganisations() {
        Api.Tenant tenant = api.newTenant();
        assertThat(api.get(tenant.adminToken(), "/api/v1/organizations")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.post(
                        tenant.adminToken(),
                        "/api/v1/organizations",
                        "{\"name\":\"x\",\"storeName\":\"y\",\"adminUsername\":\"zzz\",\"adminPassword\":\"%s\"}"
                                .formatted(Api.PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult all = api.get(api.platformAdminToken(), "/api/v1/organizations?size=200&sort=createdAt,desc");
        assertThat(all).hasStatusOk();
        assertThat(Api.<List<String>>read(all, "$.items[*].id"))
                .contains(tenant.id().toString());
    }
}
