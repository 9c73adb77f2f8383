package io.aftersales.customer;

import io.aftersales.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A customer profile as the API and other modules see it. The first phone is the primary one. */
public record CustomerView(
        CustomerId id,
        CustomerType type,
        String name,
        List<String> phones,
        @Nullable String email,
        @Nullable String wechatId,
        @Nullable String source,
        String tier,
        @Nullable String notes,
        List<ContactView> contacts,
        List<AddressView> addresses,
        List<ConsentView> consents,
        List<String> tags,
        @Nullable LocalDate birthday,
        @Nullable UserId advisorId,
        @Nullable CustomerId mergedInto,
        Instant createdAt,
        long version) {

    /** Whether the customer agreed to marketing through this channel (no answer recorded means no). */
    public boolean consentsTo(ConsentChannel channel) {
        return consents.stream().anyMatch(c -> c.channel() == channel && c.granted());
    }

    public @Nullable String primaryPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }
}
