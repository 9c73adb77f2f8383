package io.aftersales.inventory;

import io.aftersales.inventory.domain.Part;
import io.aftersales.inventory.domain.PartRepository;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.PartId;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.web.ProblemResponses;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The catalogue with opening stock from an XLSX or CSV sheet, all or nothing: any bad row writes nothing and every
 * problem is listed with its row and the column's name in the reader's language. The columns are recognised by the
 * names people give them ({@code number} or 配件编号, 零件号, OE号 …; see {@link #COLUMNS}), so a sheet exported from
 * 库存 or from another system reads as it is; a column it does not know is named in the report, never dropped silently.
 * And the store's stock as XLSX.
 */
@Service
public class PartImport {

    /** A column of the sheet: its code (as the API names it), its label key, and the other names it goes by. */
    private record Column(String code, String label, List<String> names) {}

    private static final List<Column> SHEET = List.of(
            new Column(
                    "number",
                    "part.number",
                    List.of(
                            "配件编号",
                            "配件号",
                            "零件号",
                            "零件编号",
                            "件号",
                            "OE号",
                            "原厂编号",
                            "part number",
                            "part no",
                            "配件編號",
                            "零件號")),
            new Column("name", "part.name", List.of("名称", "配件名称", "品名", "零件名称", "part name", "名稱", "配件名稱")),
            new Column("brand", "part.brand", List.of("品牌", "厂牌", "廠牌")),
            new Column("genuine", "part.genuine", List.of("原厂件", "是否原厂", "原厂", "原廠件", "原廠")),
            new Column("unit", "part.unit", List.of("单位", "單位")),
            new Column("cost", "part.cost", List.of("成本", "成本价", "进价", "平均成本", "進價", "成本價")),
            new Column("listPrice", "part.listPrice", List.of("售价", "零售价", "销售价", "标价", "list price", "售價", "零售價")),
            new Column("barcode", "part.barcode", List.of("条码", "条形码", "條碼")),
            new Column("fitsModels", "part.fitsModels", List.of("适用车型", "適用車型", "fits models")),
            new Column("supplier", "part.supplier", List.of("供应商", "供應商")),
            new Column(
                    "openingStock",
                    "parts.openingStock",
                    List.of("期初库存", "库存", "数量", "在库", "opening stock", "on hand", "期初庫存", "庫存", "數量", "在庫")),
            new Column("bin", "stock.bin", List.of("库位", "货位", "庫位", "貨位")),
            new Column("reorderPoint", "stock.reorderPoint", List.of("补货点", "安全库存", "reorder point", "補貨點")),
            new Column("reorderQuantity", "stock.reorderQuantity", List.of("补货数量", "reorder quantity", "補貨數量")));

    /** The columns' codes, in the order of the template. */
    public static final List<String> COLUMNS = SHEET.stream().map(Column::code).toList();

    private static final Set<String> NO = Set.of("false", "no", "n", "0", "否", "非原厂", "非原廠");

    /**
     * @param field the column's code
     * @param column the column's name in the reader's language
     */
    @Schema(name = "PartImportProblem")
    public record Problem(int row, String field, String column, String message) {}

    /** @param ignoredColumns the sheet's columns that were not recognised, as named in the sheet */
    @Schema(name = "PartImportReport")
    public record Report(int rows, int parts, boolean written, List<Problem> problems, List<String> ignoredColumns) {}

    private final PartCatalogue catalogue;
    private final StockManagement stock;
    private final PartRepository parts;
    private final ProblemResponses messages;
    private final Labels labels;

    PartImport(
            PartCatalogue catalogue,
            StockManagement stock,
            PartRepository parts,
            ProblemResponses messages,
            Labels labels) {
        this.labels = labels;
        this.catalogue = catalogue;
        this.stock = stock;
        this.parts = parts;
        this.messages = messages;
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public Report importSheet(StoreId storeId, String filename, InputStream in, boolean dryRun) {
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(filename, in);
        Map<String, String> headers = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        if (!rows.isEmpty()) {
            for (String header : rows.get(0).cells().keySet()) {
                Column column = recognise(header);
                if (column != null && !headers.containsKey(column.code())) {
                    headers.put(column.code(), header);
                } else if (!header.isBlank()) {
                    ignored.add(header);
                }
            }
        }
        Sheet sheet = new Sheet(headers);
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int written = 0;
        for (Spreadsheets.SheetRow row : rows) {
            try {
                NewPart part = new NewPart(
                        sheet.required(row, "number"),
                        sheet.required(row, "name"),
                        sheet.optional(row, "brand"),
                        !NO.contains(sheet.cell(row, "genuine").toLowerCase(Locale.ROOT)),
                        sheet.optional(row, "supplier"),
                        sheet.optional(row, "unit"),
                        sheet.decimal(row, "cost", BigDecimal.ZERO),
                        sheet.decimal(row, "listPrice", BigDecimal.ZERO),
                        sheet.optional(row, "barcode"),
                        sheet.optional(row, "fitsModels"),
                        null);
                String number = Part.normalizeNumber(part.number());
                if (!seen.add(number)) {
                    problems.add(problem(row.number(), "number", messages.text("part.numberTaken", number)));
                    continue;
                }
                UUID id = catalogue.create(part).id().value();
                BigDecimal opening = sheet.decimal(row, "openingStock", BigDecimal.ZERO);
                if (opening.signum() > 0) {
                    stock.receive(storeId, new PartId(id), opening, part.cost(), "期初库存");
                }
                BigDecimal point = sheet.nullableDecimal(row, "reorderPoint");
                if (sheet.optional(row, "bin") != null || point != null) {
                    stock.configure(
                            storeId,
                            new PartId(id),
                            sheet.optional(row, "bin"),
                            point,
                            sheet.nullableDecimal(row, "reorderQuantity"));
                }
                written++;
            } catch (DomainException e) {
                String field = e.field() == null ? "" : e.field();
                problems.add(
                        problem(row.number(), field, messages.text(e.messageKey(), withColumnName(field, e.args()))));
            }
        }
        boolean write = problems.isEmpty() && !dryRun;
        if (!write) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Report(rows.size(), written, write, problems, ignored);
    }

    private Problem problem(int row, String field, String message) {
        Column column =
                SHEET.stream().filter(c -> c.code().equals(field)).findFirst().orElse(null);
        return new Problem(row, field, column == null ? field : labels.text(column.label()), message);
    }

    /** The messages about a column name it by its code; the reader gets its label. */
    private Object[] withColumnName(String field, Object[] args) {
        Object[] named = args.clone();
        for (int i = 0; i < named.length; i++) {
            if (field.equals(named[i])) {
                named[i] = problem(0, field, "").column();
            }
        }
        return named;
    }

    /** The column a header names, whatever its case, spaces or language; {@code null} when none. */
    private static @Nullable Column recognise(String header) {
        String name = normalise(header);
        for (Column column : SHEET) {
            if (normalise(column.code()).equals(name)
                    || column.names().stream()
                            .anyMatch(alias -> normalise(alias).equals(name))) {
                return column;
            }
        }
        return null;
    }

    private static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-（）()*：:]", "");
    }

    /** The cells of a row by column code, through the sheet's own headers. */
    private record Sheet(Map<String, String> headers) {

        String cell(Spreadsheets.SheetRow row, String column) {
            String header = headers.get(column);
            return header == null ? "" : row.get(header);
        }

        String required(Spreadsheets.SheetRow row, String column) {
            String value = cell(row, column);
            if (value.isBlank()) {
                throw new InvalidInputException(column, "import.required", column);
            }
            return value;
        }

        @Nullable
        String optional(Spreadsheets.SheetRow row, String column) {
            String value = cell(row, column);
            return value.isBlank() ? null : value;
        }

        BigDecimal decimal(Spreadsheets.SheetRow row, String column, BigDecimal fallback) {
            BigDecimal value = nullableDecimal(row, column);
            return value == null ? fallback : value;
        }

        @Nullable
        BigDecimal nullableDecimal(Spreadsheets.SheetRow row, String column) {
            String value = cell(row, column);
            if (value.isBlank()) {
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value.trim().replace(",", ""));
                if (number.signum() < 0) {
                    throw new InvalidInputException(column, "import.negative", column);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new InvalidInputException(column, "import.notANumber", column);
            }
        }
    }

    /** The stock of a store with its parts, one row per part. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void exportStock(StoreId storeId, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (StockView s : PagedResult.allPages(page -> stock.stock(storeId, null, false, page, 200))) {
            rows.add(Arrays.asList(
                    s.partNumber(),
                    s.partName(),
                    labels.yesNo(s.genuine()),
                    s.onHand(),
                    s.reserved(),
                    s.available(),
                    s.averageCost(),
                    s.stockValue(),
                    s.bin(),
                    s.reorderPoint(),
                    s.reorderQuantity()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("stock.title"),
                labels.texts(
                        "part.number",
                        "part.name",
                        "part.genuine",
                        "stock.onHand",
                        "stock.reserved",
                        "stock.available",
                        "stock.averageCost",
                        "stock.value",
                        "stock.bin",
                        "stock.reorderPoint",
                        "stock.reorderQuantity"),
                rows);
    }
}
