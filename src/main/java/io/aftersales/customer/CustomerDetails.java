package io.aftersales.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a new customer is created with, and what an edit replaces. Phones may be typed in any usual way; they are
 * checked and stored in E.164, the first one being the primary.
 *
 * @param tier membership tier code; {@code STANDARD} when empty
 * @param version for an edit, the version the client read (ignored when creating)
 * @param addresses replaces the customer's addresses; none when empty
 * @param tags replaces the customer's tags; none when empty
 * @param birthday for birthday greetings, sent only with the customer's consent
 */
public record CustomerDetails(
        @NotNull CustomerType type,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 5) List<String> phones,
        @Nullable @Email @Size(max = 150) String email,
        @Nullable @Size(max = 60) String wechatId,
        @Nullable @Size(max = 60) String source,
        @Nullable @Size(max = 30) String tier,
        @Nullable @Size(max = 2000) String notes,
        @Nullable Long version,
        @Nullable @Valid @Size(max = 5) List<NewAddress> addresses,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 20) String> tags,
        @Nullable @Past LocalDate birthday) {}
