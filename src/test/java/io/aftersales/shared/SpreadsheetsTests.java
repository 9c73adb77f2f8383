package io.aftersales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTests {

    @Test
    void textThatLooksLikeAFormulaStaysTextWithItsValueUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheets.writeXlsx(
                out,
                "customers",
                List.of("name", "phone", "amount"),
                List.of(
                        Arrays.asList("=HYPERLINK(\"http://x\",\"点我\")", "+8613800138000", 12.5),
                        Arrays.asList("王芳", "@SUM(A1)", -3)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
            assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.5);
            Row second = workbook.getSheetAt(0).getRow(2);
            assertThat(second.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(second.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(-3);
        }
    }
}
