package io.aftersales.customer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.customer.tiers}: the membership tiers (会员等级) in order, each with its labour discount in
 * percent and the spend over the last 12 months that earns it. Defaults: STANDARD 0 % from 0, SILVER 5 % from
 * 5,000, GOLD 10 % from 20,000, DIAMOND 15 % from 50,000 CNY. A tier without {@code min-spend} is given by hand
 * only and kept when spend changes. A tier's label is the message {@code tier.<CODE>}, or its {@code label} here for
 * tiers of one's own.
 */
@ConfigurationProperties("aftersales.customer")
public record CustomerProperties(@Nullable List<Tier> tiers) {

    @Schema(name = "MembershipTier")
    public record Tier(
            String code,
            BigDecimal labourDiscountPercent,
            @Nullable String label,
            @Nullable BigDecimal minSpend) {}

    private static final List<Tier> DEFAULT_TIERS = List.of(
            new Tier("STANDARD", BigDecimal.ZERO, null, BigDecimal.ZERO),
            new Tier("SILVER", BigDecimal.valueOf(5), null, BigDecimal.valueOf(5_000)),
            new Tier("GOLD", BigDecimal.TEN, null, BigDecimal.valueOf(20_000)),
            new Tier("DIAMOND", BigDecimal.valueOf(15), null, BigDecimal.valueOf(50_000)));

    public List<Tier> tiersOrDefault() {
        return tiers == null || tiers.isEmpty() ? DEFAULT_TIERS : tiers;
    }

    /** The tier a spend earns: the highest one with a minimum spend at or below it. */
    public Optional<Tier> earnedBy(BigDecimal spend) {
        return tiersOrDefault().stream()
                .filter(t -> t.minSpend() != null && t.minSpend().compareTo(spend) <= 0)
                .max(Comparator.comparing(Tier::minSpend));
    }

    public Optional<Tier> tier(String code) {
        return tiersOrDefault().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
