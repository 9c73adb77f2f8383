package io.aftersales.demo;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.standards.AuditArea;
import io.aftersales.standards.AuditChecklistRequest;
import io.aftersales.standards.AuditChecklistView;
import io.aftersales.standards.AuditItem;
import io.aftersales.standards.CorrectiveActionView;
import io.aftersales.standards.NewStoreAudit;
import io.aftersales.standards.StoreAuditView;
import io.aftersales.standards.StoreAudits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's standards audits: a 5S checklist of the workshop and an etiquette checklist of the front desk, each store
 * audited against both every fortnight of the last three months, with a few failed items whose corrective actions
 * are mostly done (some late) and the latest still open. Seeded, so every demo looks the same.
 */
@Component
class DemoStandards {

    private static final Logger log = LoggerFactory.getLogger(DemoStandards.class);

    private final StoreAudits audits;
    private final OrganizationManagement organization;
    private final Clock clock;

    DemoStandards(StoreAudits audits, OrganizationManagement organization, Clock clock) {
        this.audits = audits;
        this.organization = organization;
        this.clock = clock;
    }

    void load(DemoOrganization.Loaded demo) {
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> {
            List<AuditChecklistView> checklists = List.of(
                    audits.createChecklist(new AuditChecklistRequest(
                            "车间 5S 检查",
                            AuditArea.FIVE_S,
                            List.of(
                                    new AuditItem("工具归位、工具车整洁", 1),
                                    new AuditItem("工位地面无油污、无积水", 2),
                                    new AuditItem("旧件分类存放并挂签", 2),
                                    new AuditItem("消防通道畅通、灭火器在有效期内", 4),
                                    new AuditItem("车辆五件套（座椅套、方向盘套等）使用到位", 2),
                                    new AuditItem("废油、废液按规定回收", 3)),
                            true)),
                    audits.createChecklist(new AuditChecklistRequest(
                            "前台接待礼仪",
                            AuditArea.ETIQUETTE,
                            List.of(
                                    new AuditItem("客户到店 1 分钟内有人迎接", 3),
                                    new AuditItem("着装统一、佩戴工牌", 1),
                                    new AuditItem("环车检查时与客户共同确认外观与物品", 2),
                                    new AuditItem("交车时解释维修项目与费用", 3),
                                    new AuditItem("休息区整洁、饮品供应", 1)),
                            true)));
            Random random = new Random(43);
            LocalDate today = LocalDate.now(
                    clock.withZone(organization.zoneOf(demo.storeIds().get(0))));
            int recorded = 0;
            // HQ audits the stores, so the audits name their auditor.
            StaffMember auditor = organization.staffOf(demo.storeIds().get(0)).stream()
                    .filter(member -> member.has(Role.HQ))
                    .findFirst()
                    .orElseThrow();
            for (StoreId store : demo.storeIds()) {
                for (LocalDate day = today.minusDays(84); !day.isAfter(today); day = day.plusDays(14)) {
                    for (AuditChecklistView checklist : checklists) {
                        NewStoreAudit recording = audit(store, checklist, day, random);
                        StoreAuditView audit = demo.as(auditor, () -> audits.record(recording));
                        recorded++;
                        for (CorrectiveActionView action : audit.actions()) {
                            LocalDate doneOn = action.deadline().plusDays(random.nextInt(5) - 3);
                            if (!doneOn.isAfter(today)) {
                                audits.close(action.id(), action.version(), "已按要求整改，复查合格", doneOn);
                            }
                        }
                    }
                }
            }
            log.info("Demo data: {} checklists, {} standards audits.", checklists.size(), recorded);
            return null;
        });
    }

    private NewStoreAudit audit(StoreId store, AuditChecklistView checklist, LocalDate day, Random random) {
        List<StaffMember> staff = organization.staffOf(store);
        StaffMember owner = staff.stream()
                .filter(s ->
                        s.roles().contains(checklist.area() == AuditArea.FIVE_S ? Role.FOREMAN : Role.SERVICE_ADVISOR))
                .findFirst()
                .orElse(staff.get(0));
        List<NewStoreAudit.ItemResult> results = new ArrayList<>();
        for (AuditItem item : checklist.items()) {
            boolean passed = random.nextInt(100) >= 12;
            results.add(
                    passed
                            ? new NewStoreAudit.ItemResult(true, null, null, null)
                            : new NewStoreAudit.ItemResult(false, "未达标：" + item.text(), owner.id(), day.plusDays(7)));
        }
        return new NewStoreAudit(store, checklist.id(), day, null, results);
    }
}
