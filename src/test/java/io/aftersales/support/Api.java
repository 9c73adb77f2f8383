package io.aftersales.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Drives the JSON API as a client would, and is the Object Mother of organisations and users: every one it makes is
 * new (unique names), so tests never depend on each other's data.
 */
@TestComponent
public class Api {

    public static final String PLATFORM_ADMIN = "admin";
    public static final String PLATFORM_ADMIN_PASSWORD = "Test-admin-2026";
    public static final String PASSWORD = "Correct-horse-2026";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Tenant(UUID id, StoreId storeId, UUID adminId, String adminUsername, String adminToken) {}

    public record User(UUID id, String username, String token) {}

    private final MockMvcTester mvc;
    private final UserDetailsService accounts;

    Api(MockMvcTester mvc, UserDetailsService accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    /** The principal of a user, for web requests made with {@code with(user(..))}. */
    public UserDetails signedIn(String username) {
        return accounts.loadUserByUsername(username);
    }

    /** A page as the signed-in user sees it in the browser. */
    public MvcTestResult page(UserDetails who, String uri, Object... vars) {
        return mvc.get().uri(uri, vars).with(user(who)).exchange();
    }

    /** A page form posted by the signed-in user, with its CSRF token; {@code fields} are name, value pairs. */
    public MvcTestResult form(UserDetails who, String uri, String... fields) {
        var request =
                mvc.post().uri(uri).with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    public MvcTestResult get(String token, String uri, Object... vars) {
        return mvc.get()
                .uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    /** A POST with a fresh {@code Idempotency-Key}, as a well-behaved client sends every write. */
    public MvcTestResult post(String token, String uri, String json, Object... vars) {
        return postWithKey(token, UUID.randomUUID().toString(), uri, json, vars);
    }

    public MvcTestResult postWithKey(
            String token,
            @org.jspecify.annotations.Nullable String idempotencyKey,
            String uri,
            String json,
            Object... vars) {
        var request = mvc.post().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    public MvcTestResult put(String token, String uri, String json, Object... vars) {
        return mvc.put()
                .uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    public MvcTestResult delete(String token, String uri, Object... vars) {
        return mvc.delete()
                .uri(uri, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    public MvcTestResult requestToken(String username, String password) {
        return mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password))
                .exchange();
    }

    public String token(String username, String password) {
        MvcTestResult result = requestToken(username, password);
        assertThat(result).hasStatusOk();
        return read(result, "$.token");
    }

    public String platformAdminToken() {
        return token(PLATFORM_ADMIN, PLATFORM_ADMIN_PASSWORD);
    }

    /** A new organisation, created by the platform admin, with its first store and signed-in admin. */
    public Tenant newTenant() {
        String name = unique("org");
        String adminUsername = unique("boss");
        MvcTestResult created =
                post(platformAdminToken(), "/api/v1/organizations", """
                {"name":"%s","storeName":"一号店","adminUsername":"%s","adminPassword":"%s"}
                """.formatted(name, adminUsername, PASSWORD));
        assertThat(created).hasStatus(201);
        return new Tenant(
                UUID.fromString(read(created, "$.id")),
                new StoreId(UUID.fromString(read(created, "$.storeId"))),
                UUID.fromString(read(created, "$.adminUserId")),
                adminUsername,
                token(adminUsername, PASSWORD));
    }

    /** A new signed-in user of the tenant with the given roles, assigned to the given stores. */
    public User newUser(Tenant tenant, List<StoreId> storeIds, Role... roles) {
        String username = unique("u");
        MvcTestResult created = post(tenant.adminToken(), "/api/v1/users", userJson(username, storeIds, roles));
        assertThat(created).hasStatus(201);
        return new User(UUID.fromString(read(created, "$.id")), username, token(username, PASSWORD));
    }

    public static String userJson(String username, List<StoreId> storeIds, Role... roles) {
        return """
                {"username":"%s","password":"%s","displayName":"测试用户","roles":[%s],"storeIds":[%s]}
                """.formatted(
                        username,
                        PASSWORD,
                        Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(",")),
                        storeIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")));
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }
}
