package io.aftersales.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A customer's details as a web form: several phones typed in one field, one address picked province → city →
 * district. Used to edit a customer, and with the first asset when creating one ({@code IntakeForm}).
 */
public class CustomerForm {

    private CustomerType type = CustomerType.PERSON;

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @NotBlank
    private String phones = "";

    @Email
    private String email = "";

    private String wechatId = "";
    private String source = "";
    private String notes = "";

    private String province = "";
    private String city = "";
    private String regionCode = "";

    @Size(max = 200)
    private String addressDetail = "";

    private String tier = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private java.time.@Nullable LocalDate birthday;

    @Size(max = 200)
    private String tags = "";

    private @Nullable Long version;

    public static CustomerForm of(CustomerView customer) {
        CustomerForm form = new CustomerForm();
        form.type = customer.type();
        form.name = customer.name();
        form.phones = String.join(", ", customer.phones());
        form.email = customer.email() == null ? "" : customer.email();
        form.wechatId = customer.wechatId() == null ? "" : customer.wechatId();
        form.source = customer.source() == null ? "" : customer.source();
        form.notes = customer.notes() == null ? "" : customer.notes();
        form.tier = customer.tier();
        form.birthday = customer.birthday();
        form.tags = String.join(", ", customer.tags());
        form.version = customer.version();
        if (!customer.addresses().isEmpty()) {
            AddressView address = customer.addresses().get(0);
            String code = address.regionCode();
            form.province = code.substring(0, 2) + "0000";
            form.city = code.endsWith("0000") ? "" : code.substring(0, 4) + "00";
            form.regionCode = code.endsWith("00") ? "" : code;
            form.addressDetail = address.detail() == null ? "" : address.detail();
        }
        return form;
    }

    public CustomerDetails toCustomerDetails() {
        return new CustomerDetails(
                type,
                name,
                phoneList(),
                email,
                wechatId,
                source,
                tier,
                notes,
                version,
                addresses(),
                tagList(),
                birthday);
    }

    /** The address, under the most precise division picked (district, else city, else province), if any. */
    private List<NewAddress> addresses() {
        String code = !regionCode.isBlank() ? regionCode : !city.isBlank() ? city : province;
        return code.isBlank() ? List.of() : List.of(new NewAddress(code, addressDetail));
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddressDetail() {
        return addressDetail;
    }

    public void setAddressDetail(String addressDetail) {
        this.addressDetail = addressDetail;
    }

    public List<String> phoneList() {
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

    private List<String> tagList() {
        return Arrays.stream(tags.split("[,，;；、\\s]+"))
                .filter(t -> !t.isBlank())
                .toList();
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public java.time.@Nullable LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(java.time.@Nullable LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
