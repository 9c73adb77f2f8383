package io.aftersales.shared;

import io.aftersales.shared.domain.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX export of lists, and reading of uploaded XLSX or CSV tables (first row: headers). */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One data row: its number as the user sees it in their sheet (the header is row 1), and cells by header. */
    public record SheetRow(int number, Map<String, String> cells) {

        public String get(String header) {
            return cells.getOrDefault(header, "").trim();
        }
    }

    private Spreadsheets() {}

    /** Whether text begins as a formula or a DDE call does in a spreadsheet ({@code = + - @}, tab, line break). */
    public static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** Writes rows as a one-sheet workbook, streaming, so that long lists do not sit in memory. */
    public static void writeXlsx(OutputStream out, String sheetName, List<String> headers, Iterable<List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            // Text that a spreadsheet would take for a formula once someone edits the cell stays text (quote prefix),
            // with its value unchanged, so that an export read back by the import is what it was.
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int index = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        Cell cell = row.createCell(i);
                        String string = value.toString();
                        cell.setCellValue(string);
                        if (looksLikeAFormula(string)) {
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of an uploaded {@code .xlsx} (first sheet) or {@code .csv} (UTF-8) file; blank rows are skipped. */
    public static List<SheetRow> read(String filename, InputStream in) {
        String name = filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(in);
            }
            if (name.endsWith(".csv")) {
                return readCsv(in);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "import.unreadable", filename);
        }
        throw new InvalidInputException("file", "import.unsupportedFile", filename);
    }

    private static List<SheetRow> readCsv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        List<SheetRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        for (CSVRecord record : format.parse(reader)) {
            Map<String, String> cells = new LinkedHashMap<>();
            record.toMap().forEach((key, value) -> cells.put(key.trim(), value == null ? "" : value));
            if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                rows.add(new SheetRow((int) record.getRecordNumber() + 1, cells));
            }
        }
        return rows;
    }

    private static List<SheetRow> readXlsx(InputStream in) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> headers = new ArrayList<>();
            for (Cell cell : header) {
                while (headers.size() < cell.getColumnIndex()) {
                    headers.add("");
                }
                headers.add(formatter.formatCellValue(cell).trim());
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.put(headers.get(c), text(row.getCell(c), formatter));
                }
                if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
        }
        return rows;
    }

    /** Dates as ISO dates, whole numbers without ".0" (phones typed as numbers), everything else as shown. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // A formula is not data: it stays visible as one, for the import to refuse.
            return "=" + cell.getCellFormula();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return String.valueOf((long) value);
            }
        }
        return formatter.formatCellValue(cell);
    }
}
