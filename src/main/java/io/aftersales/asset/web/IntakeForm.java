package io.aftersales.asset.web;

import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** One form for a new customer and their first vehicle or equipment. Several phones may be typed, separated. */
public class IntakeForm extends AssetForm {

    private CustomerType type = CustomerType.PERSON;

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotBlank
    private String phones = "";

    @jakarta.validation.constraints.Email
    private String email = "";

    private String wechatId = "";
    private String source = "";
    private String notes = "";

    CustomerDetails toCustomerDetails() {
        return new CustomerDetails(type, name, phoneList(), email, wechatId, source, null, notes, null);
    }

    List<String> phoneList() {
        return Arrays.stream(phones.split("[,，;；、\\r\\n]+"))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWechatId() {
        return wechatId;
    }

    public void setWechatId(String wechatId) {
        this.wechatId = wechatId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
