package io.aftersales.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The administrative divisions of mainland China (GB/T 2260): provinces, cities and districts with their six-digit
 * codes, shipped with the application (see {@code regions/gbt2260.csv}).
 */
@Component
public class Regions {

    public record Region(String code, String name, @Nullable String parent) {}

    /** The names along a code's path, as kept with an address so it reads the same if the divisions change. */
    public record Path(
            String code,
            String province,
            @Nullable String city,
            @Nullable String district) {}

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();

    Regions() {
        try (InputStream in = Regions.class.getResourceAsStream("/regions/gbt2260.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing regions/gbt2260.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Region region = new Region(cells[0], cells[1], cells[2].isEmpty() ? null : cells[2]);
                byCode.put(region.code(), region);
                children.computeIfAbsent(cells[2], key -> new ArrayList<>()).add(region);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Region> provinces() {
        return children.getOrDefault("", List.of());
    }

    /** The cities of a province, or the districts of a city; none for an unknown or empty code. */
    public List<Region> children(@Nullable String code) {
        return code == null || code.isBlank() ? List.of() : children.getOrDefault(code, List.of());
    }

    public Optional<Path> path(String code) {
        Region region = byCode.get(code);
        if (region == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Region r = region; r != null; r = r.parent() == null ? null : byCode.get(r.parent())) {
            names.add(0, r.name());
        }
        return Optional.of(new Path(
                code, names.get(0), names.size() > 1 ? names.get(1) : null, names.size() > 2 ? names.get(2) : null));
    }
}
