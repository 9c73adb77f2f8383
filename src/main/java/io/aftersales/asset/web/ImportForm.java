package io.aftersales.asset.web;

import io.aftersales.asset.CustomerImport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An import upload's settings, on the page and in the API (the file is a request part of its own): the mode, and what columns the import did not recognise
 * hold ({@code map[手机号码]=phones}, or {@code -} for a column not to import).
 */
class ImportForm {

    private CustomerImport.Mode mode = CustomerImport.Mode.DRY_RUN;
    private Map<String, String> map = new LinkedHashMap<>();

    public CustomerImport.Mode getMode() {
        return mode;
    }

    public void setMode(CustomerImport.Mode mode) {
        this.mode = mode;
    }

    public Map<String, String> getMap() {
        return map;
    }

    public void setMap(Map<String, String> map) {
        this.map = map;
    }

    /** The mapping as given, without the columns left on "recognise it yourself". */
    Map<String, String> mapping() {
        Map<String, String> given = new LinkedHashMap<>();
        map.forEach((header, field) -> {
            if (field != null && !field.isBlank()) {
                given.put(header, field.trim());
            }
        });
        return given;
    }
}
