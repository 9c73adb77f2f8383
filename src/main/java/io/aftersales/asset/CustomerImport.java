package io.aftersales.asset;

import io.aftersales.asset.domain.Asset;
import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerType;
import io.aftersales.shared.PhoneNumber;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.Spreadsheets.SheetRow;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers with their vehicles or equipment from XLSX or CSV, one row each; rows with the same phone belong
 * to the same customer. Every row is checked first with the same rules as the front desk; what is written then
 * depends on the {@link Mode}.
 */
@Service
public class CustomerImport {

    public enum Mode {
        /** Check only; write nothing. */
        DRY_RUN,
        /** Write only if every row passes. */
        ALL_OR_NOTHING,
        /** Write the rows that pass, report the others. */
        GOOD_ROWS
    }

    public record Problem(int row, String field, String message) {}

    public record Report(int rows, int goodRows, int customers, int assets, boolean written, List<Problem> problems) {}

    /** Template columns: header (zh-CN, as in the template), the field it fills, and accepted English alias. */
    private record Column(String header, String field) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("类型", "type"),
            new Column("客户名称", "name"),
            new Column("电话", "phones"),
            new Column("邮箱", "email"),
            new Column("微信号", "wechatId"),
            new Column("来源", "source"),
            new Column("会员等级", "tier"),
            new Column("备注", "notes"),
            new Column("车牌号", "plate"),
            new Column("车架号", "vin"),
            new Column("序列号", "serialNumber"),
            new Column("品牌", "brand"),
            new Column("车型", "model"),
            new Column("年款", "modelYear"),
            new Column("里程", "mileage"),
            new Column("购买日期", "purchaseDate"),
            new Column("保修截止", "warrantyEnd"),
            new Column("保修里程", "warrantyMileage"));

    private static final List<List<?>> EXAMPLE = List.of(List.of(
            "个人",
            "王小明",
            "13800138000",
            "",
            "",
            "到店",
            "",
            "",
            "沪A12345",
            "",
            "",
            "大众",
            "帕萨特",
            2022,
            30000,
            "2022-05-01",
            "2025-04-30",
            100000));

    private record Parsed(
            int row, CustomerDetails customer, @Nullable NewAsset asset, String phoneKey) {}

    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    CustomerImport(
            CustomerManagement customers,
            AssetManagement assets,
            Validator validator,
            MessageSource messages,
            Clock clock) {
        this.customers = customers;
        this.assets = assets;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The empty template with one example row, to fill in a spreadsheet program. */
    public void writeTemplate(OutputStream out) {
        Spreadsheets.writeXlsx(out, "客户", COLUMNS.stream().map(Column::header).toList(), EXAMPLE);
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public Report run(String filename, InputStream in, Mode mode) {
        List<SheetRow> rows = Spreadsheets.read(filename, in);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "import.empty");
        }
        List<Problem> problems = new ArrayList<>();
        List<Parsed> good = new ArrayList<>();
        for (SheetRow row : rows) {
            int before = problems.size();
            Parsed parsed = parse(row, problems);
            if (parsed != null && problems.size() == before) {
                good.add(parsed);
            }
        }
        boolean write = mode == Mode.GOOD_ROWS || (mode == Mode.ALL_OR_NOTHING && problems.isEmpty());
        if (!write || good.isEmpty()) {
            return new Report(rows.size(), good.size(), 0, 0, false, problems);
        }
        // Rows with the same (normalised) phone are one customer with several assets.
        Map<String, Parsed> firstByPhone = new LinkedHashMap<>();
        good.forEach(p -> firstByPhone.putIfAbsent(p.phoneKey(), p));
        List<Parsed> owners = List.copyOf(firstByPhone.values());
        List<CustomerId> ids =
                customers.createAll(owners.stream().map(Parsed::customer).toList());
        Map<String, CustomerId> customerByPhone = new LinkedHashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            customerByPhone.put(owners.get(i).phoneKey(), ids.get(i));
        }
        List<NewAsset> newAssets = good.stream()
                .filter(p -> p.asset() != null)
                .map(p -> withOwner(p.asset(), customerByPhone.get(p.phoneKey())))
                .toList();
        assets.registerAll(newAssets);
        return new Report(rows.size(), good.size(), owners.size(), newAssets.size(), true, problems);
    }

    private @Nullable Parsed parse(SheetRow row, List<Problem> problems) {
        CustomerType type = "单位".equals(cell(row, "type")) || "COMPANY".equalsIgnoreCase(cell(row, "type"))
                ? CustomerType.COMPANY
                : CustomerType.PERSON;
        List<String> phones = List.of(cell(row, "phones").split("[,，;；、]+"));
        CustomerDetails customer = new CustomerDetails(
                type,
                cell(row, "name"),
                phones.stream().map(String::trim).filter(p -> !p.isEmpty()).toList(),
                blankToNull(cell(row, "email")),
                blankToNull(cell(row, "wechatId")),
                blankToNull(cell(row, "source")),
                blankToNull(cell(row, "tier")),
                blankToNull(cell(row, "notes")),
                null,
                null,
                null,
                null);
        report(row, validator.validate(customer), problems);
        String phoneKey = "";
        for (String phone : customer.phones()) {
            PhoneNumber parsed = PhoneNumber.parse(phone).orElse(null);
            if (parsed == null) {
                problems.add(problem(row, "phones", "customer.invalidPhone", phone));
            } else if (phoneKey.isEmpty()) {
                phoneKey = parsed.e164();
            }
        }
        NewAsset asset = null;
        boolean hasAsset = !cell(row, "plate").isEmpty()
                || !cell(row, "vin").isEmpty()
                || !cell(row, "serialNumber").isEmpty();
        if (hasAsset) {
            LocalDate purchased = date(row, "purchaseDate", problems);
            boolean vehicle = !cell(row, "plate").isEmpty() || !cell(row, "vin").isEmpty();
            asset = new NewAsset(
                    null,
                    vehicle ? AssetKind.VEHICLE : AssetKind.EQUIPMENT,
                    cell(row, "vin"),
                    cell(row, "plate"),
                    cell(row, "serialNumber"),
                    blankToNull(cell(row, "brand")),
                    blankToNull(cell(row, "model")),
                    number(row, "modelYear", problems),
                    null,
                    null,
                    purchased,
                    null,
                    null,
                    null,
                    purchased,
                    date(row, "warrantyEnd", problems),
                    number(row, "warrantyMileage", problems),
                    number(row, "mileage", problems));
            report(row, validator.validate(asset), problems);
            try {
                new Asset(CurrentUser.require().organizationId().value(), new UUID(0, 0), asset, clock.instant());
            } catch (InvalidInputException e) {
                problems.add(
                        new Problem(row.number(), e.field() == null ? "" : e.field(), text(e.messageKey(), e.args())));
            }
        }
        return phoneKey.isEmpty() ? null : new Parsed(row.number(), customer, asset, phoneKey);
    }

    private static NewAsset withOwner(NewAsset a, CustomerId customerId) {
        return new NewAsset(
                customerId,
                a.kind(),
                a.vin(),
                a.plate(),
                a.serialNumber(),
                a.brand(),
                a.model(),
                a.modelYear(),
                a.colour(),
                a.energyType(),
                a.purchaseDate(),
                a.installedOn(),
                a.site(),
                a.parentId(),
                a.warrantyStart(),
                a.warrantyEnd(),
                a.warrantyMileage(),
                a.mileage());
    }

    private void report(SheetRow row, Set<? extends ConstraintViolation<?>> violations, List<Problem> problems) {
        for (ConstraintViolation<?> violation : violations) {
            problems.add(new Problem(row.number(), violation.getPropertyPath().toString(), violation.getMessage()));
        }
    }

    private @Nullable Integer number(SheetRow row, String field, List<Problem> problems) {
        String value = cell(row, field).replace(",", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(problem(row, field, "import.notANumber", value));
            return null;
        }
    }

    private @Nullable LocalDate date(SheetRow row, String field, List<Problem> problems) {
        String value = cell(row, field).replace('/', '-');
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(row, field, "import.notADate", value));
            return null;
        }
    }

    /** The cell under the template's Chinese header, or under the field's English name. */
    private static String cell(SheetRow row, String field) {
        for (Column column : COLUMNS) {
            if (column.field().equals(field)) {
                String zh = row.get(column.header());
                return zh.isEmpty() ? row.get(field) : zh;
            }
        }
        return "";
    }

    private Problem problem(SheetRow row, String field, String key, Object... args) {
        return new Problem(row.number(), field, text(key, args));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
