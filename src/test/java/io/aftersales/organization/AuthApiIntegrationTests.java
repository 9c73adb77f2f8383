package io.aftersales.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class AuthApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void adminPasswordGivesATokenThatOpensTheStoreList() {
        MvcTestResult issued = api.requestToken(Api.PLATFORM_ADMIN, Api.PLATFORM_ADMIN_PASSWORD);
        assertThat(issued).hasStatusOk();
        assertThat(Api.<String>read(issued, "$.token")).hasSizeGreaterThan(30);
        assertThat(Api.<String>read(issued, "$.expiresAt")).isNotBlank();

        MvcTestResult stores = api.get(Api.read(issued, "$.token"), "/api/v1/stores");
        assertThat(stores).hasStatusOk();
        assertThat(Api.<Integer>read(stores, "$.total")).isPositive();
        assertThat(Api.<List<String>>read(stores, "$.items[*].code")).isNotEmpty();
        assertThat(Api.<Integer>read(stores, "$.page")).isZero();
    }

    @Test
    void wrongPasswordIsA401Problem() {
        MvcTestResult result = api.requestToken(Api.PLATFORM_ADMIN, "not-the-password");
        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("bad-credentials");
        assertThat(Api.<String>read(result, "$.detail")).isEqualTo("用户名或密码错误。");
    }

    @Test
    void callsWithoutATokenAreA401Problem() {
        MvcTestResult result = mvc.get().uri("/api/v1/stores").exchange();
        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("unauthorized");
    }

    @Test
    void anUnknownTokenIsA401Problem() {
        MvcTestResult result = api.get("made-up-token", "/api/v1/stores");
        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("invalid-token");
    }

    @Test
    void problemsSpeakTheLanguageTheClientAsksFor() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/auth/token")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"admin\",\"password\":\"nope-nope\"}")
                .exchange();
        assertThat(Api.<String>read(result, "$.detail")).isEqualTo("Wrong username or password.");
    }

    @Test
    void aRevokedTokenStopsWorking() {
        String token = api.platformAdminToken();
        MvcTestResult revoked = mvc.delete()
                .uri("/api/v1/auth/token")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
        assertThat(revoked).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(api.get(token, "/api/v1/stores")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void repeatedFailuresThrottleSignInEvenWithTheRightPassword() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        for (int i = 0; i < 3; i++) {
            assertThat(api.requestToken(user.username(), "wrong-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        MvcTestResult throttled = api.requestToken(user.username(), Api.PASSWORD);
        assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled).headers().containsHeader(HttpHeaders.RETRY_AFTER);
        assertThat(Api.<String>read(throttled, "$.code")).isEqualTo("throttled");
    }

    @Test
    void theSignInFormSharesTheThrottleWithTheApi() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        for (int i = 0; i < 3; i++) {
            assertThat(signInThroughTheForm(user.username(), "wrong-" + i))
                    .redirectedUrl()
                    .isEqualTo("/login?error");
        }
        assertThat(signInThroughTheForm(user.username(), Api.PASSWORD))
                .redirectedUrl()
                .isEqualTo("/login?throttled");
        assertThat(api.requestToken(user.username(), Api.PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);

        Api.User other = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        for (int i = 0; i < 3; i++) {
            assertThat(api.requestToken(other.username(), "wrong-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        assertThat(signInThroughTheForm(other.username(), Api.PASSWORD))
                .redirectedUrl()
                .isEqualTo("/login?throttled");
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherTokensAndTheNewPasswordSignsIn() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        String other = api.token(user.username(), Api.PASSWORD);
        assertThat(api.get(other, "/api/v1/auth/me")).hasStatusOk();

        MvcTestResult changed = api.post(user.token(), "/api/v1/auth/password", """
                {"currentPassword":"%s","newPassword":"Lantern-river-2026"}
                """.formatted(Api.PASSWORD));
        assertThat(changed).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(api.get(other, "/api/v1/auth/me")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.requestToken(user.username(), Api.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.requestToken(user.username(), "Lantern-river-2026")).hasStatusOk();
    }

    @Test
    void aWrongCurrentPasswordCountsTowardsTheThrottle() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(user.token(), "/api/v1/auth/password", """
                            {"currentPassword":"wrong-%d","newPassword":"Lantern-river-2026"}
                            """.formatted(i)))
                    .hasStatus(HttpStatus.BAD_REQUEST);
        }
        MvcTestResult throttled = api.post(user.token(), "/api/v1/auth/password", """
                {"currentPassword":"%s","newPassword":"Lantern-river-2026"}
                """.formatted(Api.PASSWORD));
        assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(api.requestToken(user.username(), "Lantern-river-2026")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theUsernameWithDigitsAndAPasswordBCryptWouldCutAreRefusedNamingTheField() {
        Api.Tenant tenant = api.newTenant();
        Api.User user = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        for (String weak : List.of(user.username() + "2026", "长".repeat(25))) {
            MvcTestResult refused = api.post(user.token(), "/api/v1/auth/password", """
                    {"currentPassword":"%s","newPassword":"%s"}
                    """.formatted(Api.PASSWORD, weak));
            assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactly("newPassword");
        }
        assertThat(api.requestToken(user.username(), Api.PASSWORD)).hasStatusOk();
    }

    private MvcTestResult signInThroughTheForm(String username, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
    }

    @Test
    void aMissingFieldIsA400NamingIt() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"admin\"}")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Api.<List<String>>read(result, "$.errors[*].field")).containsExactly("password");
    }

    @Test
    void meDescribesTheTokenOwner() {
        MvcTestResult me = api.get(api.platformAdminToken(), "/api/v1/auth/me");
        assertThat(me).hasStatusOk();
        assertThat(Api.<String>read(me, "$.username")).isEqualTo("admin");
        assertThat(Api.<List<String>>read(me, "$.roles")).contains("ADMIN");
    }
}
