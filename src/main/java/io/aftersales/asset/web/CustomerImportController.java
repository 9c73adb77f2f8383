package io.aftersales.asset.web;

import io.aftersales.asset.CustomerImport;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Import of customers with their vehicles: the template, the upload page and its report. */
@Controller
class CustomerImportController {

    static final String TEMPLATE_NAME = "customers-template.xlsx";
    private static final String LAST_UPLOAD = "customerImport.lastUpload";

    private final CustomerImport customerImport;

    CustomerImportController(CustomerImport customerImport) {
        this.customerImport = customerImport;
    }

    @GetMapping("/customers/import")
    String page(@ModelAttribute("form") ImportForm form) {
        return "asset/import";
    }

    @GetMapping("/customers/import/template")
    @ResponseBody
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(Spreadsheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + TEMPLATE_NAME);
        customerImport.writeTemplate(response.getOutputStream());
    }

    @PostMapping("/customers/import")
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @ModelAttribute("form") ImportForm form,
            HttpSession session,
            Model model)
            throws IOException {
        model.addAttribute("mode", form.getMode());
        try {
            Upload upload = upload(file, session);
            session.setAttribute(LAST_UPLOAD, upload);
            model.addAttribute("lastFile", upload.filename());
            model.addAttribute(
                    "report",
                    customerImport.run(
                            upload.filename(),
                            new ByteArrayInputStream(upload.data()),
                            form.getMode(),
                            form.mapping()));
        } catch (DomainException e) {
            model.addAttribute("failed", e.messageKey());
        }
        return "asset/import";
    }

    /** The file sent now or, for a second check with the columns chosen, the one sent last in this session. */
    private static Upload upload(@Nullable MultipartFile file, HttpSession session) throws IOException {
        if ((file == null || file.isEmpty()) && session.getAttribute(LAST_UPLOAD) instanceof Upload last) {
            return last;
        }
        return Upload.of(file);
    }

    /** An uploaded file, read once; kept in the session between a check and the next one. */
    record Upload(String filename, byte[] data) implements Serializable {

        /** An empty upload is a field error, not an empty report. */
        static Upload of(@Nullable MultipartFile file) throws IOException {
            if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
                throw new InvalidInputException("file", "import.empty");
            }
            return new Upload(file.getOriginalFilename(), file.getBytes());
        }
    }

    /** The fields a column can fill, by code, with their names in the user's language. */
    @ModelAttribute("fields")
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        CustomerImport.fields().forEach(field -> fields.put(field, customerImport.labelOf(field)));
        return fields;
    }
}
