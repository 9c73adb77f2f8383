package io.aftersales.customer.domain;

import io.aftersales.shared.PhoneNumber;
import jakarta.persistence.Embeddable;

/** A customer's phone in E.164, with its last four digits for look-ups. */
@Embeddable
public class Phone {

    private String number;
    private String last4;

    protected Phone() {
        this.number = "";
        this.last4 = "";
    }

    Phone(PhoneNumber phone) {
        this.number = phone.e164();
        this.last4 = phone.last4();
    }

    public String number() {
        return number;
    }
}
