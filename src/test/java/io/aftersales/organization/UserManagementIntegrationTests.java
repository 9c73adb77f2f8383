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

@IntegrationTest
class UserManagementIntegrationTests {

    @Autowired
    Api api;

    @Test
    void anAdminCreatesAUserWhoCanSignInAndIsAudited() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.SERVICE_ADVISOR, Role.TECHNICIAN);

        MvcTestResult read = api.get(tenant.adminToken(), "/api/v1/users/{id}", user.id());
        assertThat(read).hasStatusOk();
        assertThat(Api.<List<String>>read(read, "$.roles")).containsExactlyInAnyOrder("SERVICE_ADVISOR", "TECHNICIAN");
        assertThat(Api.<List<String>>read(read, "$.storeIds"))
                .containsExactly(tenant.storeId().toString());
        assertThat(Api.body(read)).doesNotContain("password");

        MvcTestResult audit =
                api.get(tenant.adminToken(), "/api/v1/audit-events?entityType=User&entityId={id}", user.id());
        assertThat(Api.<List<String>>read(audit, "$.items[*].action")).contains("CREATE");
        assertThat(Api.<List<String>>read(audit, "$.items[*].actorName")).contains(tenant.adminUsername());
    }

    @Test
    void aWeakPasswordIsA400NamingTheFieldAndCreatesNothing() {
        Api.Tenant tenant = api.newTenant();
        String username = Api.unique("weak");
        String json = Api.userJson(username, List.of(tenant.storeId()), Role.TECHNICIAN)
                .replace(Api.PASSWORD, "password123");
        MvcTestResult result = api.post(tenant.adminToken(), "/api/v1/users", json);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(result, "$.errors[*].field")).containsExactly("password");
        MvcTestResult users = api.get(tenant.adminToken(), "/api/v1/users?q={q}", username);
        assertThat(Api.<Integer>read(users, "$.total")).isZero();
    }

    @Test
    void missingFieldsAreA400ListingEachField() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult result = api.post(tenant.adminToken(), "/api/v1/users", "{\"username\":\"x\"}");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(result, "$.errors[*].field"))
                .contains("username", "password", "displayName", "roles", "storeIds");
    }

    @Test
    void aTakenUsernameIsAConflictEvenAcrossOrganisations() {
        Api.Tenant first = api.newTenant();
        Api.Tenant second = api.newTenant();
        MvcTestResult result = api.post(
                second.adminToken(),
                "/api/v1/users",
                Api.userJson(first.adminUsername(), List.of(second.storeId()), Role.TECHNICIAN));
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("duplicate");
    }

    @Test
    void ofTwoEditsOfTheSameVersionOneWinsAndTheOtherIsAConflict() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        int readVersion = Api.read(api.get(tenant.adminToken(), "/api/v1/users/{id}", user.id()), "$.version");
        String edit = """
                {"displayName":"%s","roles":["TECHNICIAN"],"storeIds":["%s"],"version":%d}
                """;
        MvcTestResult first = api.put(
                tenant.adminToken(),
                "/api/v1/users/{id}",
                edit.formatted("甲", tenant.storeId(), readVersion),
                user.id());
        MvcTestResult second = api.put(
                tenant.adminToken(),
                "/api/v1/users/{id}",
                edit.formatted("乙", tenant.storeId(), readVersion),
                user.id());
        assertThat(first).hasStatusOk();
        assertThat(Api.<Integer>read(first, "$.version")).isEqualTo(readVersion + 1);
        assertThat(second).hasStatus(HttpStatus.CONFLICT);
        assertThat(Api.<String>read(second, "$.code")).isEqualTo("stale-version");
        assertThat(api.get(tenant.adminToken(), "/api/v1/users/{id}", user.id()))
                .bodyJson()
                .extractingPath("$.displayName")
                .isEqualTo("甲");
    }

    @Test
    void aDeactivatedUsersTokensStopWorkingAtOnce() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.SERVICE_ADVISOR);
        assertThat(api.get(user.token(), "/api/v1/stores")).hasStatusOk();

        assertThat(api.post(tenant.adminToken(), "/api/v1/users/{id}/deactivate", "", user.id()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.active")
                .isEqualTo(false);

        assertThat(api.get(user.token(), "/api/v1/stores")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.requestToken(user.username(), Api.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);

        api.post(tenant.adminToken(), "/api/v1/users/{id}/activate", "", user.id());
        assertThat(api.requestToken(user.username(), Api.PASSWORD)).hasStatusOk();
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult result = api.post(tenant.adminToken(), "/api/v1/users/{id}/deactivate", "", tenant.adminId());
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(api.get(tenant.adminToken(), "/api/v1/stores")).hasStatusOk();
    }

    @Test
    void rolesDecideWhoMayManageUsers() {
        Api.Tenant tenant = api.newTenant();
        Api.User technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        MvcTestResult create = api.post(
                technician.token(),
                "/api/v1/users",
                Api.userJson(Api.unique("x"), List.of(tenant.storeId()), Role.ADMIN));
        assertThat(create).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(Api.<String>read(create, "$.code")).isEqualTo("forbidden");
        assertThat(api.get(technician.token(), "/api/v1/users")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(technician.token(), "/api/v1/users/{id}", technician.id()))
                .hasStatusOk();
        assertThat(api.get(technician.token(), "/api/v1/audit-events")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.get(technician.token(), "/api/v1/stores")).hasStatusOk();
    }

    @Test
    void storesAreCreatedWithDefaultsAndValidated() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult created =
                api.post(tenant.adminToken(), "/api/v1/stores", "{\"code\":\"bj02\",\"name\":\"北京二店\"}");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(Api.<String>read(created, "$.code")).isEqualTo("BJ02");
        assertThat(Api.<String>read(created, "$.timeZone")).isEqualTo("Asia/Shanghai");

        assertThat(api.post(tenant.adminToken(), "/api/v1/stores", "{\"code\":\"BJ02\",\"name\":\"again\"}"))
                .hasStatus(HttpStatus.CONFLICT);
        MvcTestResult badZone = api.post(
                tenant.adminToken(), "/api/v1/stores", "{\"code\":\"BJ03\",\"name\":\"x\",\"timeZone\":\"Mars/Base\"}");
        assertThat(badZone).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(badZone, "$.errors[*].field")).containsExactly("timeZone");
        MvcTestResult badSort = api.get(tenant.adminToken(), "/api/v1/stores?sort=secret");
        assertThat(badSort).hasStatus(HttpStatus.BAD_REQUEST);
    }
}
