import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of bench/workorders.sh: each client takes work orders through the whole lane over the JSON API
 * (receive, two lines, estimate, approve, dispatch, start, log with root cause, submit, pass QC, complete, settle,
 * deliver: 13 requests) until the time is up, then prints lanes per second, request latency p50/p99 and errors.
 * Plain JDK (java.net.http), run with the source launcher: java bench/WorkOrderLane.java ARGS.
 *
 * Args: baseUrl advisorToken technicianToken inspectorToken technicianId storeId clients seconds customerId:assetId...
 */
public class WorkOrderLane {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");
    /** The work order's own version: the first in its JSON (the header comes first; lines carry none). */
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern LINE_IDS = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"kind\":\"(LABOR|PART)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String advisor = args[1], technician = args[2], inspector = args[3], technicianId = args[4], store = args[5];
        int clients = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        List<String[]> vehicles = new ArrayList<>();
        for (int i = 8; i < args.length; i++) {
            vehicles.add(args[i].split(":"));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger lanes = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String[] vehicle = vehicles.get((client * 7919 + n++) % vehicles.size());
                    try {
                        lane(http, base, advisor, technician, inspector, technicianId, store, vehicle, latencies);
                        lanes.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (errors.get() <= 3) {
                            System.err.println("error: " + e.getMessage());
                        }
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
        System.out.printf("%d %.2f %d %.1f %.1f %d%n",
                clients, lanes.get() / (double) seconds, sorted.size(), p50, p99, errors.get());
    }

    private static void lane(HttpClient http, String base, String advisor, String technician, String inspector,
            String technicianId, String store, String[] vehicle, ConcurrentLinkedQueue<Long> latencies) throws Exception {
        String created = call(http, base + "/api/v1/work-orders", advisor, """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":"冷车启动异响"}
                """.formatted(store, vehicle[0], vehicle[1]), latencies, 201);
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + created);
        }
        String wo = base + "/api/v1/work-orders/" + id.group(1);
        call(http, wo + "/lines", advisor,
                "{\"kind\":\"LABOR\",\"description\":\"更换张紧器\",\"quantity\":1.5,\"unitPrice\":300,\"payType\":\"CUSTOMER\"}",
                latencies, 201);
        String body = call(http, wo + "/lines", advisor,
                "{\"kind\":\"PART\",\"description\":\"张紧器\",\"quantity\":1,\"unitPrice\":420,\"payType\":\"CUSTOMER\",\"partNumber\":\"06K109479A\",\"genuine\":true}",
                latencies, 201);
        List<String> lines = new ArrayList<>();
        Matcher line = LINE_IDS.matcher(body);
        while (line.find()) {
            lines.add(line.group(1));
        }
        body = act(http, wo, "estimate", advisor, body, "", latencies);
        body = act(http, wo, "approve", advisor, body,
                ",\"approvedLineIds\":[\"" + String.join("\",\"", lines) + "\"],\"approvedBy\":\"张伟\"", latencies);
        body = act(http, wo, "dispatch", advisor, body, ",\"leadTechnicianId\":\"" + technicianId + "\"", latencies);
        body = act(http, wo, "start", technician, body, "", latencies);
        body = act(http, wo, "log", technician, body,
                ",\"text\":\"更换\",\"lineId\":\"" + lines.get(0) + "\",\"rootCause\":\"轴承磨损\"", latencies);
        body = act(http, wo, "submit-for-qc", technician, body, "", latencies);
        body = act(http, wo, "pass-qc", inspector, body, "", latencies);
        body = act(http, wo, "complete", inspector, body, ",\"finalTest\":\"路试正常\"", latencies);
        body = act(http, wo, "settle", advisor, body, ",\"payments\":[{\"method\":\"CASH\",\"amount\":500}]", latencies);
        act(http, wo, "deliver", advisor, body, ",\"signedBy\":\"张伟\"", latencies);
    }

    private static String act(HttpClient http, String wo, String action, String token, String previous, String fields,
            ConcurrentLinkedQueue<Long> latencies) throws Exception {
        Matcher version = VERSION.matcher(previous);
        if (!version.find()) {
            throw new IllegalStateException("no version before " + action);
        }
        return call(http, wo + "/" + action, token, "{\"version\":" + version.group(1) + fields + "}", latencies, 200);
    }

    private static String call(HttpClient http, String url, String token, String json,
            ConcurrentLinkedQueue<Long> latencies, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - start);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().trim();
    }
}
