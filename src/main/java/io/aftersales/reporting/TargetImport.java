package io.aftersales.reporting;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Labels;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets of a store's month from a sheet (指标分解 from HQ's spreadsheet): a row per store or person, named in a
 * column headed 门店或人员 (or 姓名, Name, ...) or identified by the ID column of the sheet exported from the grid, and
 * a column per figure headed as the grid heads it in any of the three languages. A blank cell changes nothing. All
 * rows are taken or, if any is wrong, none.
 */
@Service
public class TargetImport {

    /** The figures a sheet may set, as the grid shows them. */
    public static final List<KpiMetric> COLUMNS =
            List.of(KpiMetric.OUTPUT_VALUE, KpiMetric.DELIVERED, KpiMetric.RECEIVED, KpiMetric.SOLD_HOURS);

    /** A row the sheet could not take, numbered as the spreadsheet numbers it. */
    @Schema(name = "TargetImportProblem")
    public record Problem(int row, String column, String message) {}

    /** @param ignoredColumns the sheet's headers that name nothing known */
    @Schema(name = "TargetImportReport")
    public record Report(int rows, int targets, boolean written, List<Problem> problems, List<String> ignoredColumns) {}

    private static final Set<String> STORE_WORDS = Set.of("门店", "門市", "store", "全店", "本店");

    private final KpiTargets targets;
    private final OrganizationManagement organization;
    private final Labels labels;

    TargetImport(KpiTargets targets, OrganizationManagement organization, Labels labels) {
        this.targets = targets;
        this.organization = organization;
        this.labels = labels;
    }

    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public Report importSheet(YearMonth month, StoreId storeId, String filename, InputStream in) {
        StoreView store = organization.visibleStore(storeId);
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(filename, in);
        String who = null;
        String id = null;
        Map<KpiMetric, String> metrics = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        Set<String> whoHeaders = normalised(labels.everyLanguage("reports.targetFor"), "姓名", "名称", "对象", "name");
        Set<String> idHeaders = normalised(labels.everyLanguage("reports.personId"), "id");
        Map<String, KpiMetric> metricHeaders = new HashMap<>();
        for (KpiMetric metric : COLUMNS) {
            normalised(labels.everyLanguage("reports.metric." + metric)).forEach(h -> metricHeaders.put(h, metric));
        }
        if (!rows.isEmpty()) {
            for (String header : rows.get(0).cells().keySet()) {
                String h = normalise(header);
                KpiMetric metric = metricHeaders.get(h);
                if (metric != null && !metrics.containsKey(metric)) {
                    metrics.put(metric, header);
                } else if (who == null && whoHeaders.contains(h)) {
                    who = header;
                } else if (id == null && idHeaders.contains(h)) {
                    id = header;
                } else if (!header.isBlank()) {
                    ignored.add(header);
                }
            }
        }
        if (metrics.isEmpty() || (who == null && id == null)) {
            throw new InvalidInputException("file", "reports.importColumns");
        }
        Map<UUID, StaffMember> byId = new LinkedHashMap<>();
        Map<String, List<StaffMember>> byName = new LinkedHashMap<>();
        for (StaffMember member : organization.staffOf(storeId)) {
            if (member.has(Role.SERVICE_ADVISOR) || member.has(Role.TECHNICIAN)) {
                byId.put(member.id().value(), member);
                byName.computeIfAbsent(normalise(member.displayName()), any -> new ArrayList<>())
                        .add(member);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<KpiTarget> found = new ArrayList<>();
        for (Spreadsheets.SheetRow row : rows) {
            String name = who == null ? "" : cell(row, who);
            String key = id == null ? "" : cell(row, id);
            UserId person;
            if (!key.isEmpty()) {
                StaffMember member = byId.get(uuid(key));
                if (member == null) {
                    problems.add(new Problem(row.number(), id, labels.text("reports.importUnknownPerson", key)));
                    continue;
                }
                person = member.id();
            } else if (name.isEmpty()) {
                continue;
            } else if (normalise(name).equals(normalise(store.name())) || STORE_WORDS.contains(normalise(name))) {
                person = null;
            } else {
                List<StaffMember> named = byName.getOrDefault(normalise(name), List.of());
                if (named.size() != 1) {
                    problems.add(new Problem(
                            row.number(),
                            who,
                            labels.text(
                                    named.isEmpty() ? "reports.importUnknownPerson" : "reports.importSameName", name)));
                    continue;
                }
                person = named.get(0).id();
            }
            for (Map.Entry<KpiMetric, String> column : metrics.entrySet()) {
                String text = cell(row, column.getValue()).replaceAll("[,，¥￥\\s]", "");
                if (text.isEmpty()) {
                    continue;
                }
                BigDecimal value = number(text);
                if (value == null || value.signum() < 0 || value.precision() - value.scale() > 13) {
                    problems.add(new Problem(
                            row.number(), column.getValue(), labels.text("reports.importNotANumber", text)));
                    continue;
                }
                found.add(new KpiTarget(person, column.getKey(), value));
            }
        }
        boolean write = problems.isEmpty() && !found.isEmpty();
        if (write) {
            targets.set(month, storeId, found);
        }
        return new Report(rows.size(), write ? found.size() : 0, write, problems, ignored);
    }

    /**
     * The sheet {@link #importSheet} reads: the store and each of its advisors and technicians down the side with their
     * IDs, the figures across with the month's targets so far, headers in the reader's language.
     */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional(readOnly = true)
    public void export(YearMonth month, StoreId storeId, OutputStream out) {
        StoreView store = organization.visibleStore(storeId);
        Map<String, BigDecimal> set = new LinkedHashMap<>();
        targets.sheet(month, storeId).rows().forEach(p -> set.put(p.personId() + "/" + p.metric(), p.target()));
        List<String> headers = new ArrayList<>(labels.texts("reports.targetFor", "reports.personId"));
        COLUMNS.forEach(metric -> headers.add(labels.text("reports.metric." + metric)));
        List<List<?>> rows = new ArrayList<>();
        rows.add(row(store.name(), null, set));
        for (StaffMember member : organization.staffOf(storeId)) {
            if (member.has(Role.SERVICE_ADVISOR) || member.has(Role.TECHNICIAN)) {
                rows.add(row(member.displayName(), member.id(), set));
            }
        }
        Spreadsheets.writeXlsx(out, month.toString(), headers, rows);
    }

    private static List<?> row(String name, @Nullable UserId person, Map<String, BigDecimal> set) {
        List<@Nullable Object> cells = new ArrayList<>();
        cells.add(name);
        cells.add(person == null ? "" : person.toString());
        COLUMNS.forEach(metric -> cells.add(set.get(person + "/" + metric)));
        return cells;
    }

    private static String cell(Spreadsheets.SheetRow row, String header) {
        String value = row.cells().get(header);
        return value == null ? "" : value.trim();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s（）()%：:]", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalised(Set<String> texts, String... more) {
        Set<String> all = new HashSet<>();
        texts.forEach(t -> all.add(normalise(t)));
        for (String t : more) {
            all.add(normalise(t));
        }
        return all;
    }
}
