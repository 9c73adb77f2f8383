import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients of bench/crash.sh: each creates work orders and reserves stock with an Idempotency-Key, and when an
 * answer does not come (the instance was killed) sends the same request with the same key again until it does.
 * Runs until the stop file exists, finishes the request in hand, and writes one line per acknowledged write:
 * "WO|RES key id". Usage: java bench/CrashClients.java base token store stopFile outFile clients parts-file
 * customerId:assetId...
 */
public class CrashClients {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String store = args[2];
        Path stop = Path.of(args[3]);
        Path out = Path.of(args[4]);
        int clients = Integer.parseInt(args[5]);
        List<String> parts = Files.readAllLines(Path.of(args[6]));
        List<String> vehicles = List.of(args).subList(7, args.length);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (!Files.exists(stop)) {
                    boolean workOrder = random.nextBoolean();
                    String key = UUID.randomUUID().toString();
                    String[] vehicle = vehicles.get(random.nextInt(vehicles.size())).split(":");
                    String path = workOrder ? "/api/v1/work-orders" : "/api/v1/stock/reservations";
                    String body = workOrder
                            ? "{\"storeId\":\"%s\",\"customerId\":\"%s\",\"assetId\":\"%s\",\"serviceType\":\"REPAIR\",\"complaint\":\"异响\"}"
                                    .formatted(store, vehicle[0], vehicle[1])
                            : "{\"storeId\":\"%s\",\"partId\":\"%s\",\"quantity\":1}"
                                    .formatted(store, parts.get(random.nextInt(parts.size())));
                    while (true) {
                        try {
                            HttpResponse<String> response = http.send(
                                    HttpRequest.newBuilder(URI.create(base + path))
                                            .timeout(Duration.ofSeconds(10))
                                            .header("Authorization", "Bearer " + token)
                                            .header("Content-Type", "application/json")
                                            .header("Idempotency-Key", key)
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201 || response.statusCode() == 200) {
                                Matcher id = ID.matcher(response.body());
                                if (!id.find()) {
                                    throw new IllegalStateException("no id in " + response.body());
                                }
                                acknowledged.add((workOrder ? "WO" : "RES") + "|" + key + "|" + id.group(1));
                                break;
                            }
                            if (response.statusCode() < 500 && response.statusCode() != 401) {
                                refused.incrementAndGet();
                                break;
                            }
                        } catch (IOException e) {
                            // No answer: the instance is down or was killed while answering. Same key again.
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        retries.incrementAndGet();
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
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
        Files.write(out, acknowledged);
        System.out.printf("acknowledged=%d retries=%d refused=%d%n", acknowledged.size(), retries.get(), refused.get());
    }
}
