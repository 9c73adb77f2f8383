package io.aftersales.demo;

import io.aftersales.shared.PagedResult;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.warranty.ClaimableJob;
import io.aftersales.warranty.NewWarrantyClaim;
import io.aftersales.warranty.OldPartView;
import io.aftersales.warranty.OldParts;
import io.aftersales.warranty.WarrantyClaimView;
import io.aftersales.warranty.WarrantyClaims;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's warranty desk: the delivered warranty jobs of its history are jobs to claim; the four oldest are claimed
 * (one paid a little short of its approval with its old part shipped back, one approved with its old part in a bin,
 * one rejected, one waiting for the maker) and the rest wait on the list.
 */
@Component
class DemoWarranty {

    private static final Logger log = LoggerFactory.getLogger(DemoWarranty.class);

    private final WarrantyClaims claims;
    private final OldParts oldParts;
    private final WorkOrderManagement workOrders;
    private final Clock clock;

    DemoWarranty(WarrantyClaims claims, OldParts oldParts, WorkOrderManagement workOrders, Clock clock) {
        this.clock = clock;
        this.claims = claims;
        this.oldParts = oldParts;
        this.workOrders = workOrders;
    }

    void load(DemoOrganization.Loaded demo) {
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            claims.learnHistory();
            PagedResult<ClaimableJob> oldest = claims.toClaim(0, 4);
            for (int i = 0; i < oldest.items().size(); i++) {
                WarrantyClaimView claim = claim(oldest.items().get(i));
                switch (i) {
                    case 0 -> {
                        claim = claims.approve(claim.id(), claim.version(), claim.claimedAmount(), "SVW-" + (8801 + i));
                        BigDecimal paid = claim.claimedAmount()
                                .multiply(new BigDecimal("0.95"))
                                .setScale(2, RoundingMode.HALF_UP);
                        claims.pay(
                                claim.id(),
                                claim.version(),
                                paid,
                                LocalDate.now(clock).minusDays(3),
                                "BANK-" + i);
                        List<OldPartView> stored = oldParts.store(selected(claim), "旧件架 A-01");
                        oldParts.ship(
                                stored.stream()
                                        .map(p -> new OldParts.Selected(p.id(), p.version()))
                                        .toList(),
                                "HY-" + LocalDate.now(clock).getYear() + "-001");
                    }
                    case 1 -> {
                        claims.approve(claim.id(), claim.version(), claim.claimedAmount(), "SVW-" + (8801 + i));
                        oldParts.store(selected(claim), "旧件架 A-02");
                    }
                    case 2 -> claims.reject(claim.id(), claim.version(), "缺少故障件照片", "SVW-" + (8801 + i));
                    default -> {}
                }
            }
            log.info(
                    "Demo data: {} warranty claims, {} jobs left to claim.",
                    oldest.items().size(),
                    claims.toClaim(0, 1).total());
            return null;
        });
    }

    private WarrantyClaimView claim(ClaimableJob job) {
        WorkOrderView order = workOrders.get(job.workOrderId());
        List<NewWarrantyClaim.LabourCode> codes = order.estimate().lines().stream()
                .filter(l -> l.kind() == LineKind.LABOR)
                .map(l -> new NewWarrantyClaim.LabourCode(
                        l.id(), "G" + l.id().toString().substring(0, 6).toUpperCase()))
                .toList();
        return claims.create(new NewWarrantyClaim(job.workOrderId(), "P0351", "仪表故障灯亮，点火线圈失效", codes));
    }

    private static List<OldParts.Selected> selected(WarrantyClaimView claim) {
        return claim.oldParts().stream()
                .map(p -> new OldParts.Selected(p.id(), p.version()))
                .toList();
    }
}
