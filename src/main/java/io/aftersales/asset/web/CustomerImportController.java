package io.aftersales.asset.web;

import io.aftersales.asset.CustomerImport;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** Import of customers with their vehicles: the template, the upload page and its report. */
@Controller
class CustomerImportController {

    static final String TEMPLATE_NAME = "customers-template.xlsx";

    private final CustomerImport customerImport;

    CustomerImportController(CustomerImport customerImport) {
        this.customerImport = customerImport;
    }

    @GetMapping("/customers/import")
    String page() {
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
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "DRY_RUN") CustomerImport.Mode mode,
            Model model)
            throws IOException {
        model.addAttribute("mode", mode);
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", run(file, in, mode, customerImport));
        } catch (DomainException e) {
            model.addAttribute("failed", e.messageKey());
        }
        return "asset/import";
    }

    /** Shared with the API: an empty upload is a field error, not an empty report. */
    static CustomerImport.Report run(
            MultipartFile file, InputStream in, CustomerImport.Mode mode, CustomerImport service) {
        if (file.isEmpty() || file.getOriginalFilename() == null) {
            throw new InvalidInputException("file", "import.empty");
        }
        return service.run(file.getOriginalFilename(), in, mode);
    }
}
