package io.aftersales.asset.web;

import io.aftersales.customer.CustomerDetails;
import io.aftersales.customer.CustomerType;
import io.aftersales.customer.NewAddress;
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

    private String province = "";
    private String city = "";
    private String regionCode = "";

    @Size(max = 200)
    private String addressDetail = "";

    CustomerDetails toCustomerDetails() {
        return new CustomerDetails(type, name, phoneList(), email, wechatId, source, null, notes, null, addresses());
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
