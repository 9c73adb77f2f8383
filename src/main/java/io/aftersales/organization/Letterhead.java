package io.aftersales.organization;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a store's printed documents carry at the top (抬头): the company's name, address and phone, and its tax number
 * (统一社会信用代码 / 纳税人识别号). Each may be empty; the logo is set apart, as an image.
 */
public record Letterhead(
        @Nullable @Size(max = 200) String companyName,
        @Nullable @Size(max = 300) String address,

        @Nullable @Pattern(regexp = PHONE, message = "{store.invalidPhone}")
        String phone,

        @Nullable @Pattern(regexp = TAX_NUMBER, message = "{store.invalidTaxNumber}")
        String taxNumber) {

    /** Digits with the separators people write in a landline or hotline: 021-6888 8888, (0571) 8888-8888, 400…. */
    public static final String PHONE = "^$|^\\+?[0-9(][0-9()\\- ]{4,28}$";

    /** 18 characters today (统一社会信用代码), 15 or 20 on older registrations. */
    public static final String TAX_NUMBER = "^$|^[0-9A-Za-z]{15,20}$";

    public static final Letterhead NONE = new Letterhead(null, null, null, null);
}
