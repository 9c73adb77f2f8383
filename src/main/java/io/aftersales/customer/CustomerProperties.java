package io.aftersales.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.customer.tiers}: the membership tiers (会员等级) in order, each with its labour discount in
 * percent. Defaults: STANDARD 0, SILVER 5, GOLD 10, DIAMOND 15. A tier's label is the message {@code tier.<CODE>},
 * or its {@code label} here for tiers of one's own.
 */
@ConfigurationProperties("aftersales.customer")
public record CustomerProperties(@Nullable List<Tier> tiers) {

    public record Tier(
            String code,
            BigDecimal labourDiscountPercent,
            @Nullable String label) {}

    private static final List<Tier> DEFAULT_TIERS = List.of(
            new Tier("STANDARD", BigDecimal.ZERO, null),
            new Tier("SILVER", BigDecimal.valueOf(5), null),
            new Tier("GOLD", BigDecimal.TEN, null),
            new Tier("DIAMOND", BigDecimal.valueOf(15), null));

    public List<Tier> tiersOrDefault() {
        return tiers == null || tiers.isEmpty() ? DEFAULT_TIERS : tiers;
    }

    public Optional<Tier> tier(String code) {
        return tiersOrDefault().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
