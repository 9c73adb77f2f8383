package io.aftersales.inventory;

import io.aftersales.inventory.domain.Tool;
import io.aftersales.inventory.domain.ToolRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.WorkOrderId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tools and equipment of the stores: register, check out to a technician or a work order, check in, calibrate. */
@Service
public class ToolManagement {

    private static final Set<String> SORTS = Set.of("assetTag", "name", "calibrationDue");

    private final ToolRepository tools;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final KnownWorkOrders workOrders;
    private final Clock clock;

    ToolManagement(
            ToolRepository tools,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            KnownWorkOrders workOrders,
            Clock clock) {
        this.workOrders = workOrders;
        this.tools = tools;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public ToolView register(NewTool request) {
        SignedInUser user = CurrentUser.require();
        if (!user.canSeeStore(request.storeId())) {
            throw new InvalidInputException("storeId", "workOrder.unknownStore");
        }
        StoreView store = organization.store(request.storeId());
        String tag = request.assetTag().trim().toUpperCase(Locale.ROOT);
        if (tools.existsByAssetTag(tag)) {
            throw new DuplicateException("assetTag", "tool.tagTaken", tag);
        }
        Tool tool = tools.saveNew(
                new Tool(user.organizationId().value(), request, user.userId().value(), clock.instant()));
        auditTrail.record("REGISTER", "Tool", tool.toView(today(store)).id(), tag);
        return tool.toView(today(store));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ToolView get(ToolId id) {
        Tool tool = find(id);
        return tool.toView(today(organization.store(Identifier.of(tool.storeId(), StoreId::new))));
    }

    /**
     * Tools of the user's stores; {@code holderId} narrows to what one technician holds, {@code overdue} to tools
     * whose calibration or inspection date has passed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<ToolView> search(
            @Nullable StoreId storeId,
            @Nullable UserId holderId,
            boolean overdue,
            @Nullable Integer page,
            @Nullable Integer size) {
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
        return PagedResult.of(
                tools.search(
                        Identifier.valueOf(storeId),
                        Identifier.valueOf(holderId),
                        overdue ? today : null,
                        Paging.request(page, size, null, SORTS, Sort.by("assetTag"))),
                tool -> tool.toView(today));
    }

    /** Hands a tool to an active technician of its store, or to a work order; refused when it is not fit to go. */
    @PreAuthorize(RoleGroups.STOCK_USERS)
    @Transactional
    public ToolView checkOut(
            ToolId id, long version, @Nullable UserId technicianId, @Nullable WorkOrderId workOrderId) {
        if (technicianId == null && workOrderId == null) {
            throw new InvalidInputException("technicianId", "tool.holderRequired");
        }
        Tool tool = find(id);
        workOrders.require(workOrderId);
        if (technicianId != null) {
            boolean technicianHere = organization.staff(List.of(technicianId)).stream()
                    .anyMatch(m -> m.active()
                            && m.has(Role.TECHNICIAN)
                            && m.worksAt(Identifier.of(tool.storeId(), StoreId::new)));
            if (!technicianHere) {
                throw new InvalidInputException("technicianId", "workOrder.notATechnicianHere");
            }
        }
        return act(
                tool,
                version,
                "CHECK_OUT",
                t -> t.checkOut(
                        Identifier.valueOf(technicianId),
                        Identifier.valueOf(workOrderId),
                        today(organization.store(Identifier.of(t.storeId(), StoreId::new))),
                        CurrentUser.require().userId().value(),
                        clock.instant()));
    }

    @PreAuthorize(RoleGroups.STOCK_USERS)
    @Transactional
    public ToolView checkIn(ToolId id, long version, ToolCondition condition, @Nullable String note) {
        return act(
                find(id),
                version,
                "CHECK_IN",
                t -> t.checkIn(condition, note, CurrentUser.require().userId().value(), clock.instant()));
    }

    @PreAuthorize(RoleGroups.PARTS_DESK)
    @Transactional
    public ToolView calibrate(ToolId id, long version, LocalDate nextDue, @Nullable String note) {
        return act(
                find(id),
                version,
                "CALIBRATE",
                t -> t.calibrate(nextDue, note, CurrentUser.require().userId().value(), clock.instant()));
    }

    /** Names of the holders of tools, for lists. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UserId, String> holderNames(List<ToolView> list) {
        List<UserId> ids = list.stream()
                .map(ToolView::holderId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UserId, String> names = new HashMap<>();
        for (StaffMember member : organization.staff(ids)) {
            names.put(member.id(), member.displayName());
        }
        return names;
    }

    private ToolView act(Tool tool, long version, String action, Consumer<Tool> change) {
        StaleVersionException.check(version, tool.version());
        change.accept(tool);
        tools.flush();
        LocalDate today = today(organization.store(Identifier.of(tool.storeId(), StoreId::new)));
        ToolView view = tool.toView(today);
        auditTrail.record(action, "Tool", view.id(), view.assetTag());
        return view;
    }

    private LocalDate today(StoreView store) {
        return LocalDate.now(clock.withZone(ZoneId.of(store.timeZone())));
    }

    private Tool find(ToolId id) {
        return tools.findById(id.value()).orElseThrow(() -> new NotFoundException("tool", id));
    }
}
