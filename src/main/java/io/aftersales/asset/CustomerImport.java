package io.aftersales.asset;

import io.aftersales.asset.domain.Asset;
import io.aftersales.asset.domain.AssetRepository;
import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerType;
import io.aftersales.customer.DuplicateCustomer;
import io.aftersales.customer.NewContact;
import io.aftersales.shared.PhoneNumber;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.Spreadsheets.SheetRow;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    /** @param label the field's name in the user's language (the column's header for a column problem) */
    @Schema(name = "CustomerImportProblem")
    public record Problem(int row, String field, String label, String message) {}

    /**
     * One row of a report per column of the file: the field it fills, or none when nobody said what it holds (the
     * column is then not imported, and the report says so).
     */
    public record ColumnUse(String header, @Nullable String field) {}

    /**
     * @param columns what each column of the file was read as
     * @param problems each with the row (1 is the header row), the field's code, its name in the user's language and
     *     what is wrong
     */
    @Schema(name = "CustomerImportReport")
    public record Report(
            int rows,
            int goodRows,
            int customers,
            int assets,
            boolean written,
            List<ColumnUse> columns,
            List<Problem> problems) {}

    /** A field that a column can fill, with the template's header, the label key and the headers people write. */
    private record Column(String header, String field, String label, List<String> aliases) {}

    private static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

    /** Rows per query when the import looks for phones and vehicles on file. */
    private static final int CHUNK = 500;

    /** What a mapping says of a column that holds nothing to import. */
    public static final String SKIP = "-";

    private static final List<Column> COLUMNS = List.of(
            new Column("类型", "type", "customer.typeLabel", List.of("客户类型", "客户性质", "customer type", "类別", "客戶類型")),
            new Column(
                    "客户名称",
                    "name",
                    "customer.name",
                    List.of(
                            "客户",
                            "客户姓名",
                            "姓名",
                            "车主",
                            "车主姓名",
                            "单位名称",
                            "公司名称",
                            "customer",
                            "customer name",
                            "客戶名稱",
                            "客戶姓名",
                            "車主")),
            new Column(
                    "电话",
                    "phones",
                    "customer.phones",
                    List.of(
                            "手机",
                            "手机号",
                            "手机号码",
                            "联系电话",
                            "电话号码",
                            "联系方式",
                            "移动电话",
                            "phone",
                            "mobile",
                            "tel",
                            "telephone",
                            "phone number",
                            "mobile phone",
                            "手機",
                            "手機號碼",
                            "聯絡電話",
                            "電話")),
            new Column(
                    "联系人",
                    "contact",
                    "import.contact",
                    List.of("联系人姓名", "联系人名称", "contact", "contact person", "contact name", "聯絡人", "聯繫人")),
            new Column("邮箱", "email", "customer.email", List.of("电子邮箱", "电子邮件", "e-mail", "mail", "電子郵件", "郵箱")),
            new Column("微信号", "wechatId", "customer.wechatId", List.of("微信", "wechat", "wechat id", "微信號")),
            new Column("来源", "source", "customer.source", List.of("客户来源", "渠道", "source", "來源", "客戶來源")),
            new Column("会员等级", "tier", "customer.tier", List.of("等级", "会员级别", "会员", "tier", "membership", "會員等級")),
            new Column("备注", "notes", "customer.notes", List.of("说明", "notes", "note", "remark", "remarks", "備註")),
            new Column(
                    "车牌号",
                    "plate",
                    "asset.plate",
                    List.of(
                            "车牌",
                            "车牌号码",
                            "号牌号码",
                            "plate",
                            "plate number",
                            "license plate",
                            "licence plate",
                            "車牌號",
                            "車牌")),
            new Column(
                    "车架号",
                    "vin",
                    "asset.vin",
                    List.of("vin", "vin码", "vin号", "车辆识别代号", "车辆识别号", "车辆识别码", "底盘号", "車架號", "車輛識別代號")),
            new Column(
                    "序列号",
                    "serialNumber",
                    "asset.serialNumber",
                    List.of("设备编号", "出厂编号", "serial", "serial number", "serial no", "序號", "設備編號")),
            new Column("品牌", "brand", "asset.brand", List.of("厂牌", "车辆品牌", "brand", "make")),
            new Column("车型", "model", "asset.model", List.of("型号", "车系", "model", "車型", "型號")),
            new Column("年款", "modelYear", "asset.modelYear", List.of("年份", "车型年款", "model year", "year")),
            new Column(
                    "里程",
                    "mileage",
                    "asset.mileage",
                    List.of("行驶里程", "公里数", "当前里程", "里程数", "表显里程", "mileage", "odometer", "km", "行駛里程")),
            new Column(
                    "购买日期",
                    "purchaseDate",
                    "asset.purchaseDate",
                    List.of("购车日期", "购置日期", "开票日期", "销售日期", "purchase date", "purchased", "sold on", "購車日期", "購買日期")),
            new Column(
                    "保修截止",
                    "warrantyEnd",
                    "asset.warrantyEnd",
                    List.of(
                            "保修到期",
                            "保修截止日期",
                            "保修到期日",
                            "质保到期",
                            "三包到期",
                            "warranty end",
                            "warranty until",
                            "warranty expiry",
                            "保固到期")),
            new Column(
                    "保修里程",
                    "warrantyMileage",
                    "asset.warrantyMileage",
                    List.of("质保里程", "warranty mileage", "warranty km", "保固里程")));

    /** Fields of free text, where a spreadsheet formula has no business. */
    private static final List<String> FREE_TEXT =
            List.of("name", "contact", "email", "wechatId", "source", "tier", "notes", "brand", "model", "plate");

    private static final List<List<?>> EXAMPLE = List.of(List.of(
            "个人",
            "王小明",
            "13800138000",
            "",
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

    /** A row that passed its own checks; {@code vin} and {@code plate} as the asset stores them. */
    private record Parsed(
            int row,
            CustomerDetails customer,
            @Nullable String contact,
            @Nullable NewAsset asset,
            String phoneKey,
            List<String> phoneKeys,
            @Nullable String vin,
            @Nullable String plate) {}

    /** Which column of this file holds which field. */
    private record Layout(Map<String, String> headerByField) {

        String cell(SheetRow row, String field) {
            String header = headerByField.get(field);
            return header == null ? "" : row.get(header);
        }
    }

    private final CustomerManagement customers;
    private final AssetManagement assets;
    private final AssetRepository assetRepository;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    CustomerImport(
            CustomerManagement customers,
            AssetManagement assets,
            AssetRepository assetRepository,
            Validator validator,
            MessageSource messages,
            Clock clock) {
        this.customers = customers;
        this.assets = assets;
        this.assetRepository = assetRepository;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The fields a column can fill, by code, in the template's order. */
    public static List<String> fields() {
        return COLUMNS.stream().map(Column::field).toList();
    }

    /** The field's name in the user's language. */
    public String labelOf(String field) {
        return label(field);
    }

    /** The empty template with one example row, to fill in a spreadsheet program. */
    public void writeTemplate(OutputStream out) {
        Spreadsheets.writeXlsx(out, "客户", COLUMNS.stream().map(Column::header).toList(), EXAMPLE);
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public Report run(String filename, InputStream in, Mode mode) {
        return run(filename, in, mode, Map.of());
    }

    /**
     * @param mapping what a column holds, by its header: a field's code, or {@link #SKIP}; columns not named here are
     *     recognised by the headers people write (手机, VIN, 购车日期 …), and a column still unknown is a problem
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public Report run(String filename, InputStream in, Mode mode, Map<String, String> mapping) {
        List<SheetRow> rows = Spreadsheets.read(filename, in);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "import.empty");
        }
        List<Problem> problems = new ArrayList<>();
        List<ColumnUse> columns = new ArrayList<>();
        Layout layout = layout(rows, mapping, columns, problems);
        List<Parsed> candidates = new ArrayList<>();
        for (SheetRow row : rows) {
            int before = problems.size();
            Parsed parsed = parse(row, layout, problems);
            if (parsed != null && problems.size() == before) {
                candidates.add(parsed);
            }
        }
        Map<String, String> knownPhones = knownPhones(candidates);
        Map<String, String> knownAssets = knownAssets(candidates);
        List<Parsed> good = new ArrayList<>();
        Map<String, Parsed> firstByPhone = new LinkedHashMap<>();
        Map<String, Integer> firstRowOfAsset = new HashMap<>();
        for (Parsed parsed : candidates) {
            int before = problems.size();
            notTwice(parsed, firstByPhone, firstRowOfAsset, problems);
            notKnown(parsed, knownPhones, knownAssets, problems);
            if (problems.size() == before) {
                good.add(parsed);
                firstByPhone.putIfAbsent(parsed.phoneKey(), parsed);
            }
        }
        boolean write = mode == Mode.GOOD_ROWS || (mode == Mode.ALL_OR_NOTHING && problems.isEmpty());
        if (!write || good.isEmpty()) {
            return new Report(rows.size(), good.size(), 0, 0, false, columns, problems);
        }
        // Rows with the same (normalised) phone and name are one customer with several assets.
        List<Parsed> owners = List.copyOf(firstByPhone.values());
        List<CustomerId> ids =
                customers.createAll(owners.stream().map(Parsed::customer).toList());
        Map<String, CustomerId> customerByPhone = new LinkedHashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            Parsed owner = owners.get(i);
            customerByPhone.put(owner.phoneKey(), ids.get(i));
            if (owner.contact() != null
                    && !owner.contact().equals(owner.customer().name())) {
                customers.addContact(
                        ids.get(i),
                        new NewContact(
                                owner.contact(), null, owner.customer().phones().get(0), true, false));
            }
        }
        List<NewAsset> newAssets = good.stream()
                .filter(p -> p.asset() != null)
                .map(p -> withOwner(p.asset(), customerByPhone.get(p.phoneKey())))
                .toList();
        assets.registerAll(newAssets);
        return new Report(rows.size(), good.size(), owners.size(), newAssets.size(), true, columns, problems);
    }

    /** Reads the header row: each column's field by the mapping, the template or the names people use. */
    private Layout layout(
            List<SheetRow> rows, Map<String, String> mapping, List<ColumnUse> columns, List<Problem> problems) {
        Map<String, String> headerByField = new LinkedHashMap<>();
        for (String header : rows.get(0).cells().keySet()) {
            String given = mapping.get(header);
            String field = given != null ? given : recognise(header);
            if (SKIP.equals(field) || (field == null && header.isBlank() && blankColumn(rows, header))) {
                columns.add(new ColumnUse(header, null));
                continue;
            }
            Column column = field == null ? null : column(field);
            if (column == null) {
                problems.add(new Problem(1, header, header, text("import.unknownColumn", header)));
                columns.add(new ColumnUse(header, null));
            } else if (headerByField.containsKey(column.field())) {
                problems.add(new Problem(
                        1,
                        column.field(),
                        text(column.label()),
                        text("import.columnTwice", headerByField.get(column.field()), header)));
                columns.add(new ColumnUse(header, null));
            } else {
                headerByField.put(column.field(), header);
                columns.add(new ColumnUse(header, column.field()));
            }
        }
        return new Layout(headerByField);
    }

    /** The field of a header: the template's, a field's code, its name in any of our languages, or a usual name. */
    private @Nullable String recognise(String header) {
        String name = normalise(header);
        for (Column column : COLUMNS) {
            if (name.equals(normalise(column.header()))
                    || name.equals(normalise(column.field()))
                    || LANGUAGES.stream()
                            .anyMatch(language ->
                                    name.equals(normalise(messages.getMessage(column.label(), null, "", language))))
                    || column.aliases().stream().anyMatch(alias -> name.equals(normalise(alias)))) {
                return column.field();
            }
        }
        return null;
    }

    /** Lower case, without spaces, marks of required fields and brackets: "手机号码（必填）*" reads as "手机号码必填". */
    private static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s*＊:：()（）\\[\\]【】_\\-./]", "");
    }

    private static boolean blankColumn(List<SheetRow> rows, String header) {
        return rows.stream().allMatch(row -> row.get(header).isEmpty());
    }

    private static @Nullable Column column(String field) {
        return COLUMNS.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }

    /**
     * A row that repeats an earlier row's phone must name the same customer, and no VIN or plate may appear twice:
     * a file must not make one customer of two people, nor two owners of one vehicle.
     */
    private void notTwice(
            Parsed parsed,
            Map<String, Parsed> firstByPhone,
            Map<String, Integer> firstRowOfAsset,
            List<Problem> problems) {
        Parsed first = firstByPhone.get(parsed.phoneKey());
        if (first != null && !first.customer().name().equals(parsed.customer().name())) {
            problems.add(problem(
                    parsed.row(),
                    "phones",
                    "import.samePhoneOtherName",
                    first.row(),
                    first.customer().name()));
        }
        for (String field : List.of("vin", "plate")) {
            String value = field.equals("vin") ? parsed.vin() : parsed.plate();
            if (value == null) {
                continue;
            }
            Integer earlier = firstRowOfAsset.putIfAbsent(field + ":" + value, parsed.row());
            if (earlier != null) {
                problems.add(problem(parsed.row(), field, "import.sameInFile", value, earlier));
            }
        }
    }

    /** A phone of a customer on file, or a VIN or plate registered already, is not imported a second time. */
    private void notKnown(
            Parsed parsed, Map<String, String> knownPhones, Map<String, String> knownAssets, List<Problem> problems) {
        parsed.phoneKeys().stream()
                .map(knownPhones::get)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(name -> problems.add(problem(parsed.row(), "phones", "import.phoneTaken", name)));
        if (parsed.vin() != null && knownAssets.containsKey("vin:" + parsed.vin())) {
            problems.add(problem(parsed.row(), "vin", "import.assetTaken", knownAssets.get("vin:" + parsed.vin())));
        } else if (parsed.plate() != null && knownAssets.containsKey("plate:" + parsed.plate())) {
            problems.add(
                    problem(parsed.row(), "plate", "import.assetTaken", knownAssets.get("plate:" + parsed.plate())));
        }
    }

    /** The names of the customers on file by the rows' phones (E.164), in queries of {@value #CHUNK} phones. */
    private Map<String, String> knownPhones(List<Parsed> rows) {
        List<String> phones =
                rows.stream().flatMap(p -> p.phoneKeys().stream()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < phones.size(); i += CHUNK) {
            for (DuplicateCustomer known :
                    customers.duplicatesOfPhones(phones.subList(i, Math.min(phones.size(), i + CHUNK)))) {
                PhoneNumber.parse(known.phone()).ifPresent(phone -> names.putIfAbsent(phone.e164(), known.name()));
            }
        }
        return names;
    }

    /** The labels of registered assets by {@code vin:…} and {@code plate:…}, in queries of {@value #CHUNK} rows. */
    private Map<String, String> knownAssets(List<Parsed> rows) {
        List<Parsed> withAsset = rows.stream().filter(p -> p.asset() != null).toList();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < withAsset.size(); i += CHUNK) {
            List<Parsed> chunk = withAsset.subList(i, Math.min(withAsset.size(), i + CHUNK));
            List<String> vins =
                    chunk.stream().map(Parsed::vin).filter(Objects::nonNull).toList();
            List<String> plates =
                    chunk.stream().map(Parsed::plate).filter(Objects::nonNull).toList();
            if (!vins.isEmpty()) {
                assetRepository
                        .findByVinIn(vins)
                        .forEach(known -> labels.putIfAbsent("vin:" + known.vin(), known.label()));
            }
            if (!plates.isEmpty()) {
                assetRepository
                        .findByPlateIn(plates)
                        .forEach(known -> labels.putIfAbsent("plate:" + known.plate(), known.label()));
            }
        }
        return labels;
    }

    private @Nullable Parsed parse(SheetRow row, Layout layout, List<Problem> problems) {
        for (String field : FREE_TEXT) {
            if (Spreadsheets.looksLikeAFormula(layout.cell(row, field))) {
                problems.add(problem(row, field, "import.formula", layout.cell(row, field)));
            }
        }
        String typeCell = layout.cell(row, "type");
        CustomerType type = typeCell.equals("单位")
                        || typeCell.equals("公司")
                        || typeCell.equals("企业")
                        || typeCell.equals("單位")
                        || typeCell.equalsIgnoreCase("COMPANY")
                ? CustomerType.COMPANY
                : CustomerType.PERSON;
        String contact = blankToNull(layout.cell(row, "contact"));
        String name = layout.cell(row, "name").isEmpty() && type == CustomerType.PERSON && contact != null
                ? contact
                : layout.cell(row, "name");
        List<String> phones = List.of(layout.cell(row, "phones").split("[,，;；、/]+"));
        CustomerDetails customer = new CustomerDetails(
                type,
                name,
                phones.stream().map(String::trim).filter(p -> !p.isEmpty()).toList(),
                blankToNull(layout.cell(row, "email")),
                blankToNull(layout.cell(row, "wechatId")),
                blankToNull(layout.cell(row, "source")),
                blankToNull(layout.cell(row, "tier")),
                blankToNull(layout.cell(row, "notes")),
                null,
                null,
                null,
                null);
        report(row, validator.validate(customer), problems);
        List<String> phoneKeys = new ArrayList<>();
        for (String phone : customer.phones()) {
            PhoneNumber parsed = PhoneNumber.parse(phone).orElse(null);
            if (parsed == null) {
                problems.add(problem(row, "phones", "customer.invalidPhone", phone));
            } else {
                phoneKeys.add(parsed.e164());
            }
        }
        NewAsset asset = null;
        Asset checked = null;
        boolean hasAsset = !layout.cell(row, "plate").isEmpty()
                || !layout.cell(row, "vin").isEmpty()
                || !layout.cell(row, "serialNumber").isEmpty();
        if (hasAsset) {
            LocalDate purchased = date(row, layout, "purchaseDate", problems);
            boolean vehicle = !layout.cell(row, "plate").isEmpty()
                    || !layout.cell(row, "vin").isEmpty();
            asset = new NewAsset(
                    null,
                    vehicle ? AssetKind.VEHICLE : AssetKind.EQUIPMENT,
                    layout.cell(row, "vin"),
                    layout.cell(row, "plate"),
                    layout.cell(row, "serialNumber"),
                    blankToNull(layout.cell(row, "brand")),
                    blankToNull(layout.cell(row, "model")),
                    number(row, layout, "modelYear", problems),
                    null,
                    null,
                    purchased,
                    null,
                    null,
                    null,
                    purchased,
                    date(row, layout, "warrantyEnd", problems),
                    number(row, layout, "warrantyMileage", problems),
                    number(row, layout, "mileage", problems));
            report(row, validator.validate(asset), problems);
            try {
                checked = new Asset(
                        CurrentUser.require().organizationId().value(), new UUID(0, 0), asset, clock.instant());
            } catch (InvalidInputException e) {
                String field = e.field() == null ? "" : e.field();
                problems.add(new Problem(row.number(), field, label(field), text(e.messageKey(), e.args())));
            }
        }
        return phoneKeys.isEmpty()
                ? null
                : new Parsed(
                        row.number(),
                        customer,
                        contact,
                        asset,
                        phoneKeys.get(0),
                        phoneKeys,
                        checked == null ? null : checked.vin(),
                        checked == null ? null : checked.plate());
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
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            problems.add(new Problem(row.number(), field, label(field), violation.getMessage()));
        }
    }

    private @Nullable Integer number(SheetRow row, Layout layout, String field, List<Problem> problems) {
        String value = layout.cell(row, field).replace(",", "");
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

    private @Nullable LocalDate date(SheetRow row, Layout layout, String field, List<Problem> problems) {
        String value = layout.cell(row, field).replace('/', '-').replace('.', '-');
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

    private Problem problem(SheetRow row, String field, String key, Object... args) {
        return problem(row.number(), field, key, args);
    }

    private Problem problem(int row, String field, String key, Object... args) {
        return new Problem(row, field, label(field), text(key, args));
    }

    /** The field's name in the user's language, as the form calls it. */
    private String label(String field) {
        Column column = column(field);
        return column == null ? field : text(column.label());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
