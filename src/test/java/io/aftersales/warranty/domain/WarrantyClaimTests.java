package io.aftersales.warranty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.warranty.ClaimStatus;
import io.aftersales.warranty.OldPartStatus;
import io.aftersales.workorder.LineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claim's lifecycle with the maker and the old part's way out of the store, without a database. */
class WarrantyClaimTests {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static WarrantyClaim.Line line(LineKind kind, String amount) {
        return new WarrantyClaim.Line(
                UUID.randomUUID(),
                kind,
                "水泵",
                kind == LineKind.LABOR ? "WP-1" : null,
                null,
                null,
                BigDecimal.ONE,
                new BigDecimal(amount),
                null);
    }

    private static WarrantyClaim claim() {
        return new WarrantyClaim(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "WC-20261207-001",
                UUID.randomUUID(),
                "SH01-20261201-0001",
                "沪A12345",
                "张伟",
                " ",
                null,
                List.of(line(LineKind.LABOR, "600"), line(LineKind.PART, "420"), line(LineKind.FEE, "30")),
                UUID.randomUUID(),
                NOW);
    }

    @Test
    void claimsLabourAndOtherLinesApartFromPartsAndKeepsNoBlankFaultCode() {
        WarrantyClaim claim = claim();
        assertThat(claim.labourAmount()).isEqualByComparingTo("630");
        assertThat(claim.partsAmount()).isEqualByComparingTo("420");
        assertThat(claim.claimedAmount()).isEqualByComparingTo("1050");
        assertThat(claim.faultCode()).isNull();
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void approvesAtMostWhatWasClaimedAndIsPaidAtMostWhatWasApprovedNeverAheadOfToday() {
        WarrantyClaim claim = claim();
        assertThatThrownBy(() -> claim.pay(BigDecimal.TEN, TODAY, null, TODAY, NOW))
                .isExactlyInstanceOf(DomainException.class);
        assertThatThrownBy(() -> claim.approve(new BigDecimal("1050.01"), null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claim.approve(BigDecimal.ZERO, null, NOW)).isInstanceOf(InvalidInputException.class);
        claim.approve(new BigDecimal("1000"), "SVW-1", NOW);
        assertThat(claim.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThatThrownBy(() -> claim.approve(new BigDecimal("900"), null, NOW))
                .isExactlyInstanceOf(DomainException.class);
        assertThatThrownBy(() -> claim.pay(new BigDecimal("1000.01"), TODAY, null, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claim.pay(new BigDecimal("900"), TODAY.plusDays(1), null, TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(claim.shortfall()).isEqualByComparingTo("0");
        claim.pay(new BigDecimal("960"), TODAY, "BANK-1", TODAY, NOW);
        assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.shortfall()).isEqualByComparingTo("40");
    }

    @Test
    void aRejectedClaimNeedsAReasonAndGoesAgainWithItsCorrection() {
        WarrantyClaim claim = claim();
        assertThatThrownBy(() -> claim.reject(" ", null, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claim.resubmit(null, "补照片", NOW)).isExactlyInstanceOf(DomainException.class);
        claim.reject("缺少照片", "SVW-2", NOW);
        claim.resubmit("P0217", "已补照片", NOW.plusSeconds(60));
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.submissions()).isEqualTo(2);
        assertThat(claim.faultCode()).isEqualTo("P0217");
        assertThat(claim.note()).isEqualTo("已补照片");
        assertThat(claim.decidedAt()).isNull();
    }

    @Test
    void anOldPartIsShippedOnlyOnceStoredAndNeverMovesAfterShippingOrScrapping() {
        WarrantyClaim claim = claim();
        OldPart part = new OldPart(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "WC-1-1",
                claim.id(),
                claim.workOrderId(),
                claim.lines().get(1),
                NOW);
        UUID clerk = UUID.randomUUID();
        assertThatThrownBy(() -> part.ship("HY-1", clerk, NOW)).isExactlyInstanceOf(DomainException.class);
        assertThatThrownBy(() -> part.store(" ", clerk, NOW)).isInstanceOf(InvalidInputException.class);
        part.store("A-01", clerk, NOW);
        part.store("A-02", clerk, NOW);
        assertThat(part.bin()).isEqualTo("A-02");
        assertThatThrownBy(() -> part.ship(" ", clerk, NOW)).isInstanceOf(InvalidInputException.class);
        part.ship("HY-1", clerk, NOW);
        assertThat(part.status()).isEqualTo(OldPartStatus.SHIPPED);
        assertThatThrownBy(() -> part.scrap("厂家不要", clerk, NOW)).isExactlyInstanceOf(DomainException.class);
        assertThatThrownBy(() -> part.store("A-03", clerk, NOW)).isExactlyInstanceOf(DomainException.class);
        assertThat(part.workOrderLineId()).isEqualTo(claim.lines().get(1).workOrderLineId());
    }
}
