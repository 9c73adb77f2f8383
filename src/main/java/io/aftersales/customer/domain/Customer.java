package io.aftersales.customer.domain;

import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.ConsentView;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerType;
import io.aftersales.customer.CustomerView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PhoneNumber;
import io.aftersales.shared.UserId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A customer profile: a person or a company, with phones (the first is primary) and contacts. */
@Entity
@Table(name = "customer")
public class Customer {

    public static final String DEFAULT_TIER = "STANDARD";

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private CustomerType type;

    private String name;
    private String nameLower;
    private @Nullable String email;
    private @Nullable String wechatId;
    private @Nullable String source;
    private String tier;
    private @Nullable String notes;
    private @Nullable LocalDate birthday;

    /** Month × 100 + day of the birthday: today's birthdays by index. */
    private @Nullable Integer birthdayMonthDay;

    private @Nullable UUID mergedInto;

    /** The customer's own service advisor (一对一服务), a user of the organisation. */
    private @Nullable UUID advisorId;

    private Instant createdAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<Phone> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_address", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<Address> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_consent", joinColumns = @JoinColumn(name = "customer_id"))
    private List<Consent> consents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    protected Customer() {
        this.id = Ids.newId();
        this.organizationId = new UUID(0, 0);
        this.type = CustomerType.PERSON;
        this.name = "";
        this.nameLower = "";
        this.tier = DEFAULT_TIER;
        this.createdAt = Instant.EPOCH;
    }

    public Customer(UUID organizationId, CustomerType type, String name, List<PhoneNumber> phones, Instant createdAt) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.type = type;
        this.tier = DEFAULT_TIER;
        this.createdAt = createdAt;
        rename(name);
        replacePhones(phones);
    }

    public void describe(
            CustomerType type,
            String name,
            List<PhoneNumber> phones,
            @Nullable String email,
            @Nullable String wechatId,
            @Nullable String source,
            @Nullable String tier,
            @Nullable String notes,
            @Nullable LocalDate birthday) {
        requireActive();
        this.type = type;
        rename(name);
        replacePhones(phones);
        this.email = blankToNull(email);
        this.wechatId = blankToNull(wechatId);
        this.source = blankToNull(source);
        this.tier = tier == null || tier.isBlank() ? DEFAULT_TIER : tier.trim().toUpperCase(Locale.ROOT);
        this.notes = blankToNull(notes);
        this.birthday = birthday;
        this.birthdayMonthDay = birthday == null ? null : birthday.getMonthValue() * 100 + birthday.getDayOfMonth();
    }

    /** The tier earned by spend (会员等级). */
    public void assignTier(String code) {
        requireActive();
        this.tier = code;
    }

    /** Gives the customer their own advisor, or none. */
    public void assignAdvisor(@Nullable UUID advisor) {
        requireActive();
        this.advisorId = advisor;
    }

    public @Nullable UUID advisorId() {
        return advisorId;
    }

    public void retag(List<String> newTags) {
        requireActive();
        tags.clear();
        newTags.stream().map(String::trim).filter(t -> !t.isEmpty()).forEach(tags::add);
    }

    public void replaceAddresses(List<Address> newAddresses) {
        requireActive();
        addresses.clear();
        addresses.addAll(newAddresses);
    }

    /** Records the customer's answer for one channel, replacing the previous one, with the time it was given. */
    public void recordConsent(ConsentChannel channel, boolean granted, Instant when) {
        requireActive();
        consents.removeIf(c -> c.channel() == channel);
        consents.add(new Consent(channel, granted, when));
    }

    public void addContact(
            String name,
            @Nullable String position,
            @Nullable PhoneNumber phone,
            boolean decisionMaker,
            boolean technical) {
        requireActive();
        contacts.add(new Contact(name, position, phone == null ? null : phone.e164(), decisionMaker, technical));
    }

    /**
     * Moves this customer's phones and contacts to {@code survivor} and retires this profile. Nothing is deleted: the
     * retired profile keeps its data and points to the survivor.
     */
    public void mergeInto(Customer survivor) {
        requireActive();
        survivor.requireActive();
        if (survivor.id.equals(id)) {
            throw new DomainException("merge-into-self", "customer.mergeIntoSelf");
        }
        for (Phone phone : phones) {
            if (survivor.phones.stream().noneMatch(p -> p.number().equals(phone.number()))) {
                survivor.phones.add(new Phone(new PhoneNumber(phone.number())));
            }
        }
        for (Contact contact : contacts) {
            if (survivor.contacts.stream().noneMatch(c -> c.sameAs(contact))) {
                survivor.contacts.add(contact);
            }
        }
        if (survivor.advisorId == null) {
            survivor.advisorId = advisorId;
        }
        this.mergedInto = survivor.id;
    }

    private void requireActive() {
        if (mergedInto != null) {
            throw new DomainException("merged", "customer.merged");
        }
    }

    private void rename(String name) {
        this.name = name.trim();
        this.nameLower = this.name.toLowerCase(Locale.ROOT);
    }

    private void replacePhones(List<PhoneNumber> numbers) {
        phones.clear();
        numbers.stream().distinct().map(Phone::new).forEach(phones::add);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID id() {
        return id;
    }

    public boolean isActive() {
        return mergedInto == null;
    }

    public UUID organizationId() {
        return organizationId;
    }

    /** The membership tier code (会员等级). */
    public String tier() {
        return tier;
    }

    public String name() {
        return name;
    }

    public List<String> phoneNumbers() {
        return phones.stream().map(Phone::number).toList();
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public CustomerView toView() {
        return new CustomerView(
                new CustomerId(id),
                type,
                name,
                phones.stream().map(p -> new PhoneNumber(p.number()).display()).toList(),
                email,
                wechatId,
                source,
                tier,
                notes,
                contacts.stream().map(Contact::toView).toList(),
                addresses.stream().map(Address::toView).toList(),
                consents.stream()
                        .map(Consent::toView)
                        .sorted(Comparator.comparing(ConsentView::channel))
                        .toList(),
                tags.stream().sorted().toList(),
                birthday,
                Identifier.of(advisorId, UserId::new),
                Identifier.of(mergedInto, CustomerId::new),
                createdAt,
                version());
    }
}
