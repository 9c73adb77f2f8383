package io.aftersales.customer.domain;

import io.aftersales.customer.ContactView;
import io.aftersales.shared.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Embeddable
public class Contact {

    private String name;
    private String nameLower;

    @Column(name = "job_title")
    private @Nullable String position;

    private @Nullable String phone;
    private boolean decisionMaker;
    private boolean technical;

    protected Contact() {
        this.name = "";
        this.nameLower = "";
    }

    Contact(String name, @Nullable String position, @Nullable String phone, boolean decisionMaker, boolean technical) {
        this.name = name.trim();
        this.nameLower = this.name.toLowerCase(Locale.ROOT);
        this.position = position;
        this.phone = phone;
        this.decisionMaker = decisionMaker;
        this.technical = technical;
    }

    ContactView toView() {
        return new ContactView(
                name, position, phone == null ? null : new PhoneNumber(phone).display(), decisionMaker, technical);
    }

    boolean sameAs(Contact other) {
        return nameLower.equals(other.nameLower) && Objects.equals(phone, other.phone);
    }
}
