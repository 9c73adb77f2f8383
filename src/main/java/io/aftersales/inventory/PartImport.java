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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The catalogue with opening stock from an XLSX or CSV sheet (columns {@code number, name, brand, genuine, unit,
 * cost, listPrice, barcode, fitsModels, supplier, openingStock, bin, reorderPoint, reorderQuantity}), all or
 * nothing: any bad row writes nothing and every problem is listed with its row. And the store's stock as XLSX.
 */
@Service
public class PartImport {

    public static final List<String> COLUMNS = List.of(
            "number",
            "name",
            "brand",
            "genuine",
            "unit",
            "cost",
            "listPrice",
            "barcode",
            "fitsModels",
            "supplier",
            "openingStock",
            "bin",
            "reorderPoint",
            "reorderQuantity");

    @Schema(name = "PartImportProblem")
    public record Problem(int row, String field, String message) {}

    @Schema(name = "PartImportReport")
    public record Report(int rows, int parts, boolean written, List<Problem> problems) {}

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
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int written = 0;
        for (Spreadsheets.SheetRow row : rows) {
            try {
                NewPart part = new NewPart(
                        required(row, "number"),
                        required(row, "name"),
                        optional(row, "brand"),
                        !"false".equalsIgnoreCase(row.get("genuine")) && !"否".equals(row.get("genuine")),
                        optional(row, "supplier"),
                        optional(row, "unit"),
                        decimal(row, "cost", BigDecimal.ZERO),
                        decimal(row, "listPrice", BigDecimal.ZERO),
                        optional(row, "barcode"),
                        optional(row, "fitsModels"),
                        null);
                String number = Part.normalizeNumber(part.number());
                if (!seen.add(number)) {
                    problems.add(new Problem(row.number(), "number", messages.text("part.numberTaken", number)));
                    continue;
                }
                UUID id = catalogue.create(part).id().value();
                BigDecimal opening = decimal(row, "openingStock", BigDecimal.ZERO);
                if (opening.signum() > 0) {
                    stock.receive(storeId, new PartId(id), opening, part.cost(), "期初库存");
                }
                BigDecimal point = nullableDecimal(row, "reorderPoint");
                if (optional(row, "bin") != null || point != null) {
                    stock.configure(
                            storeId,
                            new PartId(id),
                            optional(row, "bin"),
                            point,
                            nullableDecimal(row, "reorderQuantity"));
                }
                written++;
            } catch (DomainException e) {
                problems.add(new Problem(
                        row.number(), e.field() == null ? "" : e.field(), messages.text(e.messageKey(), e.args())));
            }
        }
        boolean write = problems.isEmpty() && !dryRun;
        if (!write) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Report(rows.size(), written, write, problems);
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

    private static String required(Spreadsheets.SheetRow row, String column) {
        String value = row.get(column);
        if (value.isBlank()) {
            throw new InvalidInputException(column, "import.required", column);
        }
        return value;
    }

    private static @Nullable String optional(Spreadsheets.SheetRow row, String column) {
        String value = row.get(column);
        return value.isBlank() ? null : value;
    }

    private static BigDecimal decimal(Spreadsheets.SheetRow row, String column, BigDecimal fallback) {
        BigDecimal value = nullableDecimal(row, column);
        return value == null ? fallback : value;
    }

    private static @Nullable BigDecimal nullableDecimal(Spreadsheets.SheetRow row, String column) {
        String value = row.get(column);
        if (value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() < 0) {
                throw new InvalidInputException(column, "import.negative", column);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, "import.notANumber", column);
        }
    }
}
