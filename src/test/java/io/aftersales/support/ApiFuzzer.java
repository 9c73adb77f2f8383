package io.aftersales.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests generated from the OpenAPI document to a running AfterSales, each valid by the schema and then
 * broken the way a careless or hostile client breaks them: huge, negative and non-numeric numbers, nulls in lists,
 * 20,000-character strings, NUL and control characters, right-to-left text and emoji, full-width digits, the years 1
 * and 9999, JSON nested thousands deep, wrong content types and broken multipart bodies. Every answer must be below
 * 500, and every 4xx must be {@code application/problem+json}. The ids in successful answers feed later requests,
 * so the run reaches past "not found". Seeded: the same seed sends the same requests.
 */
public final class ApiFuzzer {

    /** One request that broke the rule. */
    public record Failure(String method, String uri, String contentType, String body, int status, String answer) {
        @Override
        public String toString() {
            return "%s %s [%s] %s%n  -> %d %s"
                    .formatted(method, uri, contentType, abbreviate(body, 300), status, answer);
        }
    }

    /** What a run did. */
    public record Report(
            long seed, int requests, Map<Integer, Integer> statuses, List<Failure> failures, Duration elapsed) {
        public int serverErrors() {
            return statuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 500)
                    .mapToInt(Map.Entry::getValue)
                    .sum();
        }

        public String summary() {
            return "fuzz: seed %d, %d requests in %d ms (%.0f/s), statuses %s, %d failures (%d x 5xx)"
                    .formatted(
                            seed,
                            requests,
                            elapsed.toMillis(),
                            requests * 1000.0 / Math.max(1, elapsed.toMillis()),
                            statuses,
                            failures.size(),
                            serverErrors());
        }
    }

    private record Operation(String method, String path, Map<String, Object> spec) {}

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String RAW = "\u0007raw:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> HOSTILE_STRINGS = List.of(
            "",
            " ",
            "x".repeat(20_000),
            "中".repeat(20_000),
            "\u0000",
            "a\u0000b",
            "\u0001\u0008\u001b\u007f",
            "\u202Eabc\u202C",
            "مرحبا بالعالم",
            "😀👍🏽🚗",
            "１２３４５",
            "２０２６-０１-０１",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "%00%2e%2e%2f",
            "../../etc/passwd",
            "=1+2",
            "null",
            "NaN",
            "-1",
            "1e309",
            "99999999999999999999",
            "0001-01-01",
            "9999-12-31",
            "2026-02-30",
            "+999999999-12-31",
            "not-a-uuid",
            "00000000-0000-0000-0000-000000000000");
    private static final List<String> HOSTILE_NUMBERS = List.of(
            "0",
            "-1",
            "-2147483649",
            "2147483647",
            "2147483648",
            "1000000000",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999",
            "1e308",
            "1e309",
            "-1e309",
            "1E+400",
            "-0.0",
            "0.000000001",
            "3.4e38");
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz",
            "application/json; charset=latin-7",
            "");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Supplier<String> token;
    private final Set<String> neverTouched;
    private final Random random;
    private final long seed;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Object> document;
    private final List<Operation> operations = new ArrayList<>();
    private String bearer;
    private String lastBody = "";
    private Map<String, String> known = Map.of();

    /**
     * @param base where the app answers, e.g. {@code http://127.0.0.1:8080}
     * @param token a fresh token of the user the run acts as, asked again after a 401
     * @param neverTouched ids the run must not act on (the acting user's own, so that it cannot lock itself out)
     */
    @SuppressWarnings("unchecked")
    public ApiFuzzer(String base, Supplier<String> token, Set<String> neverTouched, long seed) throws Exception {
        this.base = base;
        this.token = token;
        this.neverTouched = neverTouched;
        this.seed = seed;
        this.random = new Random(seed);
        this.bearer = token.get();
        HttpResponse<String> docs = http.send(
                HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        this.document = JSON.readValue(docs.body(), Map.class);
        Map<String, Object> paths = new TreeMap<>((Map<String, Object>) document.get("paths"));
        paths.forEach((path, methods) -> new TreeMap<>((Map<String, Object>) methods).forEach((method, spec) -> {
            // Signing out would end the run's own token; everything else is fair game.
            if (!(path.equals("/api/v1/auth/token") && method.equals("delete"))) {
                operations.add(new Operation(method.toUpperCase(), path, (Map<String, Object>) spec));
            }
        }));
    }

    /** A generator of bodies only (see {@link #validBody}), from the OpenAPI document's JSON. */
    @SuppressWarnings("unchecked")
    public ApiFuzzer(String openApiDocument, long seed) {
        this.base = "";
        this.token = () -> "";
        this.neverTouched = Set.of();
        this.seed = seed;
        this.random = new Random(seed);
        this.bearer = "";
        this.document = JSON.readValue(openApiDocument, Map.class);
    }

    /** Sends the given number of requests, one after another, and reports what came back. */
    public Report run(int requests) throws Exception {
        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        harvestFromLists();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            HttpRequest.Builder request = request(operation);
            HttpResponse<String> answer = send(request);
            if (answer.statusCode() == 401 && !operation.path().startsWith("/api/v1/auth")) {
                bearer = token.get();
                answer = send(request.setHeader("Authorization", "Bearer " + bearer));
            }
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            boolean broken = answer.statusCode() >= 500
                    || (answer.statusCode() >= 400 && !type.startsWith("application/problem+json"))
                    // A database constraint caught what validation should have (e.g. a number too large to store).
                    || (answer.statusCode() == 409 && answer.body().contains("\"code\":\"conflict\""));
            HttpRequest sent = request.build();
            if (broken && failures.size() < 200) {
                failures.add(new Failure(
                        sent.method(),
                        sent.uri().toString(),
                        sent.headers().firstValue("Content-Type").orElse(""),
                        lastBody,
                        answer.statusCode(),
                        type + " " + abbreviate(answer.body(), 300)));
            }
            if (answer.statusCode() < 300) {
                harvest(answer.body());
            }
        }
        return new Report(seed, requests, statuses, failures, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Sends once more when the connection broke without an answer: Tomcat may close a kept-alive connection just as
     * the next request goes out on it. A request the server really drops fails again, on a fresh connection.
     */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException brokenConnection) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** The lists give the run ids of things that exist, so that later requests reach past "not found". */
    private void harvestFromLists() throws Exception {
        for (Operation operation : operations) {
            if (operation.method().equals("GET") && !operation.path().contains("{")) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + operation.path()))
                        .header("Authorization", "Bearer " + bearer)
                        .GET());
                if (answer.statusCode() == 200) {
                    harvest(answer.body());
                }
            }
        }
    }

    private void harvest(String body) {
        Matcher matcher = UUID_PATTERN.matcher(body);
        Set<String> found = new LinkedHashSet<>();
        while (matcher.find() && found.size() < 50) {
            found.add(matcher.group());
        }
        found.removeAll(neverTouched);
        for (String id : found) {
            if (ids.size() < 2_000) {
                ids.add(id);
            } else {
                ids.set(random.nextInt(ids.size()), id);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private HttpRequest.Builder request(Operation operation) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        Map<String, Object> multipartFields = new LinkedHashMap<>();
        boolean multipart = requestContentTypes(operation).contains("multipart/form-data");
        for (Object p : (List<Object>) operation.spec().getOrDefault("parameters", List.of())) {
            Map<String, Object> parameter = (Map<String, Object>) p;
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve((Map<String, Object>) parameter.get("schema"));
            boolean required = Boolean.TRUE.equals(parameter.get("required"));
            switch (String.valueOf(parameter.get("in"))) {
                case "path" -> path = path.replace("{" + name + "}", encode(textOf(pathValue(schema))));
                case "query" -> {
                    if (required || random.nextInt(3) > 0) {
                        String value = chance(4) ? hostileText() : textOf(value(schema, 0));
                        if (multipart && chance(2)) {
                            multipartFields.put(name, value);
                        } else {
                            query.append(query.isEmpty() ? "?" : "&")
                                    .append(encode(name))
                                    .append('=')
                                    .append(encode(value));
                        }
                    }
                }
                default -> {}
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + query))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept-Language", List.of("zh-CN", "zh-TW", "en").get(random.nextInt(3)));
        if (chance(3)) {
            String[] odd = {" ", "x".repeat(300), "x".repeat(10_000), "not-a-uuid", "' or 1=1 --", "%00"};
            request.header(
                    "Idempotency-Key",
                    chance(5)
                            ? odd[random.nextInt(odd.length)]
                            : UUID.randomUUID().toString());
        }
        lastBody = "";
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        if (multipart) {
            return multipart(request, operation.method(), multipartFields);
        }
        Map<String, Object> content =
                (Map<String, Object>) ((Map<String, Object>) operation.spec().getOrDefault("requestBody", Map.of()))
                        .getOrDefault("content", Map.of());
        Map<String, Object> bodySchema = content.isEmpty()
                ? Map.of("type", "object")
                : resolve((Map<String, Object>)
                        ((Map<String, Object>) content.values().iterator().next()).get("schema"));
        String body;
        String contentType = "application/json";
        switch (random.nextInt(20)) {
            case 0 -> body = "[".repeat(5_000 + random.nextInt(5_000)) + "]".repeat(random.nextInt(3));
            case 1 -> body = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
            case 2 -> body = "{\"version\":0,";
            case 3 -> {
                body = json(mutate(value(bodySchema, 0)));
                contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            }
            case 4 -> body = hostileText();
            default -> body = json(mutate(value(bodySchema, 0)));
        }
        lastBody = body;
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return request.method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
    }

    /** A multipart body: a file and the fields, or something that only claims to be one. */
    private HttpRequest.Builder multipart(HttpRequest.Builder request, String method, Map<String, Object> fields) {
        String boundary = "fuzz" + random.nextInt(1_000_000);
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        String[] files = {
            "\u0089PNG\r\n\u001a\nnot really a png",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<html><script>alert(1)</script></html>",
            "MZ\u0090\u0000 an executable",
            "name,phone\n张三,13800138000\n",
            "PK\u0003\u0004 a broken zip",
            ""
        };
        String[] types = {"image/png", "image/jpeg", "image/svg+xml", "text/html", "application/octet-stream", ""};
        body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(chance(4) ? hostileText() : "upload.png")
                .append("\"\r\nContent-Type: ")
                .append(types[random.nextInt(types.length)])
                .append("\r\n\r\n")
                .append(files[random.nextInt(files.length)])
                .append("\r\n");
        String contentType = "multipart/form-data; boundary=" + boundary;
        switch (random.nextInt(6)) {
            case 0 -> body.setLength(body.length() / 2); // cut off
            case 1 -> contentType = "multipart/form-data"; // no boundary
            case 2 -> contentType = "multipart/form-data; boundary=other";
            case 3 -> contentType = "application/json";
            default -> body.append("--").append(boundary).append("--\r\n");
        }
        lastBody = abbreviate(body.toString(), 300);
        return request.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static Set<String> requestContentTypes(Operation operation) {
        Object body = operation.spec().get("requestBody");
        if (body instanceof Map<?, ?> map && map.get("content") instanceof Map<?, ?> content) {
            Set<String> types = new LinkedHashSet<>();
            content.keySet().forEach(type -> types.add(String.valueOf(type)));
            return types;
        }
        return Set.of();
    }

    /** A value that fits the schema. */
    @SuppressWarnings("unchecked")
    private Object value(Map<String, Object> schema, int depth) {
        return value(schema, depth, "");
    }

    private Object value(Map<String, Object> schema, int depth, String name) {
        schema = resolve(schema);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : ""));
        String format = String.valueOf(schema.get("format"));
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                if (depth < 4) {
                    properties.forEach((property, propertySchema) -> {
                        if (required.contains(property) || chance(2)) {
                            object.put(property, value((Map<String, Object>) propertySchema, depth + 1, property));
                        }
                    });
                }
                return object;
            }
            case "array" -> {
                List<Object> array = new ArrayList<>();
                int size = depth < 4 ? 1 + random.nextInt(3) : 0;
                for (int i = 0; i < size; i++) {
                    array.add(value((Map<String, Object>) schema.getOrDefault("items", Map.of()), depth + 1, name));
                }
                return array;
            }
            case "integer" -> {
                long min = number(schema.get("minimum"), 0);
                long max = number(schema.get("maximum"), min + 100);
                return min + (long) (random.nextDouble() * Math.max(1, max - min));
            }
            case "number" -> {
                return Math.round(random.nextDouble() * 50_000) / 100.0;
            }
            case "boolean" -> {
                return random.nextBoolean();
            }
            case "string" -> {
                return switch (format) {
                    case "uuid" -> known.getOrDefault(kindOf(name), id());
                    case "date" ->
                        LocalDate.now().plusDays(random.nextInt(60) - 30).toString();
                    case "date-time" -> Instant.now().toString();
                    default -> {
                        String[] words = {"张伟", "前刹车异响", "S01", "13800138000", "LSVAU2180N2183294", "沪A12345", "ok"};
                        yield words[random.nextInt(words.length)];
                    }
                };
            }
            default -> {
                return chance(2) ? "x" : 1;
            }
        }
    }

    /** Breaks one to three places of a valid value (or nothing, one time in four). */
    @SuppressWarnings("unchecked")
    private Object mutate(Object value) {
        if (chance(4)) {
            return value;
        }
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
            value = mutateOnce(value);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Object mutateOnce(Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty() && !chance(3)) {
            Map<String, Object> object = (Map<String, Object>) map;
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            if (chance(6)) {
                object.remove(key);
            } else {
                object.put(key, mutateOnce(object.get(key)));
            }
            return object;
        }
        if (value instanceof List<?> list && !chance(3)) {
            List<Object> array = (List<Object>) list;
            if (array.isEmpty() || chance(3)) {
                array.add(random.nextInt(array.size() + 1), null);
            } else {
                int at = random.nextInt(array.size());
                array.set(at, mutateOnce(array.get(at)));
            }
            return array;
        }
        return hostileValue();
    }

    private Object hostileValue() {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1, 2 -> RAW + HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
            case 3 -> random.nextBoolean() ? new ArrayList<>() : new LinkedHashMap<>(Map.of("x", 1));
            case 4 -> random.nextBoolean();
            default -> hostileText();
        };
    }

    private String hostileText() {
        return random.nextInt(4) == 0
                ? HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()))
                : HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()));
    }

    private Object pathValue(Map<String, Object> schema) {
        if (chance(5)) {
            return hostileText();
        }
        return "uuid".equals(schema.get("format")) ? id() : value(schema, 0);
    }

    /** "storeId", "storeIds", "leadTechnicianId" → "store", "store", "leadTechnician". */
    private static String kindOf(String name) {
        return name.replaceAll("Ids?$", "");
    }

    /**
     * A request body for the operation that fits its schema, untouched: every required property and some optional
     * ones, ids by property name from {@code known} ({@code storeId} → {@code known.get("store")}); empty when the
     * operation takes no JSON body.
     */
    @SuppressWarnings("unchecked")
    public String validBody(String method, String path, Map<String, String> known) {
        this.known = known;
        random.setSeed(seed ^ (method + " " + path).hashCode()); // the same body for a route, whoever asks
        Map<String, Object> methods = (Map<String, Object>) ((Map<String, Object>) document.get("paths")).get(path);
        Map<String, Object> spec = methods == null ? null : (Map<String, Object>) methods.get(method.toLowerCase());
        if (spec == null
                || !(spec.get("requestBody") instanceof Map<?, ?> requestBody)
                || !(requestBody.get("content") instanceof Map<?, ?> content)
                || !(content.get("application/json") instanceof Map<?, ?> json)) {
            return "{}";
        }
        return json(value((Map<String, Object>) json.get("schema"), 0));
    }

    private String id() {
        return ids.isEmpty() || chance(6) ? UUID.randomUUID().toString() : ids.get(random.nextInt(ids.size()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String reference && reference.startsWith("#/components/schemas/")) {
            Map<String, Object> schemas =
                    (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            return resolve((Map<String, Object>) schemas.get(reference.substring("#/components/schemas/".length())));
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return resolve((Map<String, Object>) all.get(0));
        }
        if (schema.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
            return resolve((Map<String, Object>) one.get(random.nextInt(one.size())));
        }
        return schema;
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private static long number(Object value, long otherwise) {
        return value instanceof Number number ? number.longValue() : otherwise;
    }

    private static String textOf(Object value) {
        String text = String.valueOf(value);
        return text.startsWith(RAW) ? text.substring(RAW.length()) : text;
    }

    private static String json(Object value) {
        String text = JSON.writeValueAsString(value);
        // Numbers no Java type holds are written as they are, not as strings.
        return text.replaceAll("\"\\\\u0007raw:([^\"]*)\"", "$1");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
