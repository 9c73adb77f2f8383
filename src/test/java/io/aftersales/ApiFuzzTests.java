package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.ApiFuzzer;
import io.aftersales.support.CleanDatabaseOnce;
import io.aftersales.support.Workshop;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The API under a careless and hostile client ({@link ApiFuzzer}) on the real server (Tomcat included): no 5xx, and
 * every 4xx a problem+json. CI sends a seeded {@code fuzz.requests} (default 1,500); {@code bench/fuzz.sh} sends
 * 12,000 or more with a new seed, and prints the seed of a failing run so that it can be replayed.
 */
@Tag("fuzz")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({CleanDatabaseOnce.class, Api.class})
class ApiFuzzTests {

    private static final Logger log = LoggerFactory.getLogger(ApiFuzzTests.class);

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    /** The hostile requests that once got a 500 or an HTML page, each on its own. */
    @Test
    void theRequestsThatOnceFailedAreProblemsNow() throws Exception {
        Workshop shop = new Workshop(api);
        String workOrder = shop.receivedWithLines();
        String token = shop.admin();
        String boundary = "----cut";
        String cutMultipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n\u0089PNG";
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/customers?page=2147483647", null, null, 400),
                new Call("GET", "/api/v1/stock/movements?page=2147483647&size=200", null, null, 400),
                new Call(
                        "POST",
                        "/api/v1/work-orders/" + workOrder + "/photos?stage=RECEPTION",
                        "multipart/form-data; boundary=" + boundary,
                        cutMultipart,
                        400),
                new Call("POST", "/api/v1/customers/import", "multipart/form-data", "not a form", 400),
                new Call(
                        "POST", "/api/v1/parts/import?storeId=" + shop.tenant.storeId(), "application/json", "{}", 415),
                new Call("POST", "/api/v1/work-orders//photos", "multipart/form-data; boundary=x", "--x", 400),
                new Call("GET", "/api/v1/customers/a%2Fb", null, null, 400),
                new Call("GET", "/api/v1/customers/%00", null, null, 400),
                new Call("GET", "/api/v1/customers?q=" + "x".repeat(20_000), null, null, 400),
                new Call("POST", "/api/v1/customers", "application/json", "[".repeat(5_000), 400),
                new Call("POST", "/api/v1/customers", "text/plain", "张伟", 415),
                // A form body that is JSON with an encoded NUL: the firewall refuses the parameter name when read.
                new Call(
                        "POST",
                        "/api/v1/work-orders/" + workOrder + "/fail-qc",
                        "application/x-www-form-urlencoded",
                        "{\"version\":1,\"reason\":\"%00%2e%2e%2f\"}",
                        400));
        for (Call call : calls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.path()))
                    .header("Authorization", "Bearer " + token);
            if (call.contentType() != null) {
                request.header("Content-Type", call.contentType());
            }
            request.method(
                    call.method(),
                    call.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(call.body()));
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode())
                    .as(call.method() + " " + abbreviated(call.path()))
                    .isEqualTo(call.status());
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(call.method() + " " + abbreviated(call.path()))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"status\":" + call.status());
        }
    }

    private record Call(
            String method,
            String path,
            @Nullable String contentType,
            @Nullable String body,
            int status) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String abbreviated(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }

    @Test
    void noRequestGetsA5xxAndEveryClientErrorIsAProblem() throws Exception {
        Workshop shop = new Workshop(api);
        shop.receivedWithLines();
        long seed = Long.getLong("fuzz.seed", 20261204L);
        int requests = Integer.getInteger("fuzz.requests", 1_500);
        ApiFuzzer fuzzer = new ApiFuzzer(
                "http://127.0.0.1:" + port,
                () -> api.token(shop.tenant.adminUsername(), Api.PASSWORD),
                Set.of(shop.tenant.adminId().toString()),
                seed);

        ApiFuzzer.Report report = fuzzer.run(requests);

        log.info(report.summary());
        assertThat(report.requests()).isEqualTo(requests);
        assertThat(report.statuses().keySet()).as("some requests succeed").anyMatch(status -> status < 300);
        assertThat(report.failures())
                .as("requests answered with a 5xx or a 4xx that is not problem+json (replay with -Dfuzz.seed=%d)", seed)
                .isEmpty();
    }
}
