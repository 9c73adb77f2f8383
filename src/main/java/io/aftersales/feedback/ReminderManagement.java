package io.aftersales.feedback;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.customer.ConsentChannel;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.feedback.domain.FollowUp;
import io.aftersales.feedback.domain.Reminder;
import io.aftersales.feedback.domain.ReminderRepository;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderManagement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proactive service (主动服务) and membership. A delivered job records what the customer spent (their tier follows
 * their spend over the last 12 months), when maintenance is next due and which recommended work they declined; a
 * daily task adds warranties about to end, birthdays and holidays, and turns every reminder that is due into a
 * follow-up task or a greeting message (one missed by more than 30 days is dismissed). Each reminder exists once per cause, so the task may run any number of
 * times, on any instance.
 */
@Service
public class ReminderManagement {

    private static final Set<String> SORTS = Set.of("dueOn", "createdAt", "kind");
    private static final Locale CUSTOMER_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final int CHUNK = 200;
    private static final int PAGE = 500;
    private static final int STALE_AFTER_DAYS = 30;

    private final ReminderRepository reminders;
    private final FollowUpFactory followUps;
    private final Outbox outbox;
    private final WorkOrderManagement workOrders;
    private final AssetManagement assets;
    private final CustomerManagement customers;
    private final FeedbackProperties properties;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final OrganizationManagement organization;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReminderManagement(
            ReminderRepository reminders,
            FollowUpFactory followUps,
            Outbox outbox,
            WorkOrderManagement workOrders,
            AssetManagement assets,
            CustomerManagement customers,
            FeedbackProperties properties,
            MessageSource messages,
            JdbcTemplate jdbc,
            OrganizationManagement organization,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.organization = organization;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reminders = reminders;
        this.followUps = followUps;
        this.outbox = outbox;
        this.workOrders = workOrders;
        this.assets = assets;
        this.customers = customers;
        this.properties = properties;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PagedResult<ReminderView> search(
            @Nullable LocalDate due,
            @Nullable ReminderStatus status,
            @Nullable ReminderKind kind,
            @Nullable StoreId storeId,
            @Nullable CustomerId customerId,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort) {
        LocalDate until = due != null ? due : today(storeId);
        return PagedResult.of(
                reminders.search(
                        until,
                        status,
                        kind,
                        Identifier.valueOf(storeId),
                        Identifier.valueOf(customerId),
                        Paging.request(page, size, sort, SORTS, Sort.by("dueOn"))),
                Reminder::toView);
    }

    @PreAuthorize(RoleGroups.FEEDBACK_DESK)
    @Transactional
    public ReminderView dismiss(ReminderId id) {
        Reminder reminder = reminders.findById(id.value()).orElseThrow(() -> new NotFoundException("Reminder", id));
        if (reminder.toView().status() == ReminderStatus.PENDING) {
            reminder.dismiss(clock.instant());
        }
        return reminder.toView();
    }

    /** What a delivered job means for the future: spend and tier, next maintenance, declined work. */
    @Transactional
    public void delivered(WorkOrderDelivered delivered) {
        recordSpend(delivered);
        AssetView asset = assets.get(delivered.assetId());
        ZoneId zone = organization.zoneOf(delivered.storeId());
        LocalDate deliveredOn = LocalDate.ofInstant(delivered.deliveredAt(), zone);
        FeedbackProperties.MaintenanceRule rule = properties.maintenanceRuleFor(
                asset.brand(), asset.model(), delivered.serviceType().name());
        if (rule != null) {
            LocalDate due = maintenanceDue(rule, asset, delivered.mileage(), deliveredOn);
            // An earlier job's maintenance reminder gives way to this one's; this job's own stays (a listener may run
            // twice, ADR 0010).
            reminders.pendingFor(ReminderKind.MAINTENANCE, asset.id().value()).stream()
                    .filter(r -> !delivered.workOrderId().value().equals(r.workOrderId()))
                    .forEach(r -> r.dismiss(clock.instant()));
            String note = messages.getMessage(
                    "reminder.note.maintenance",
                    new Object[] {rule.months(), rule.kilometres() == null ? "—" : rule.kilometres()},
                    CUSTOMER_LOCALE);
            add(ReminderKind.MAINTENANCE, "MAINTENANCE:" + delivered.workOrderId(), delivered, due, note);
        }
        if (!delivered.declinedWork().isEmpty()) {
            LocalDate due = deliveredOn.plusDays(properties.declinedWorkDelay().toDays());
            add(
                    ReminderKind.DECLINED_WORK,
                    "DECLINED_WORK:" + delivered.workOrderId(),
                    delivered,
                    due,
                    String.join("、", delivered.declinedWork()));
        }
    }

    /**
     * The day's work in one organisation, as the system user: warranties about to end, birthdays, holidays, tiers
     * whose spend fell out of the 12 months, then every pending reminder due by today. Returns how many reminders
     * were acted on.
     *
     * <p>Each step runs in transactions of at most {@value #CHUNK} items (holiday greetings: a page of {@value #PAGE}
     * customers, so that paging through them takes fewer queries), not in one: a large organisation's day
     * (thousands of warranties ending in a month) would otherwise grow one persistence context that every query
     * flushes again, so that the run slowed down with each item and held a connection for minutes. What a chunk did
     * stays when a later one fails; the next run carries on, since every reminder exists once per cause.
     */
    public int runDaily(List<StoreView> stores) {
        LocalDate today = today(stores.isEmpty() ? null : stores.get(0).id());
        Instant now = clock.instant();
        inChunks(
                assets.warrantiesEndingBetween(
                        today, today.plusDays(properties.warrantyNotice().toDays())),
                chunk -> warrantiesEnding(chunk, today, now, stores));
        inChunks(
                customers.bornOn(MonthDay.from(today)),
                chunk -> greet(
                        ReminderKind.BIRTHDAY,
                        customer -> "BIRTHDAY:" + customer.id() + ":" + today.getYear(),
                        chunk,
                        today,
                        messages.getMessage("reminder.note.birthday", null, CUSTOMER_LOCALE)));
        for (FeedbackProperties.Holiday holiday : properties.holidays()) {
            if (holiday.isOn(today)) {
                for (int page = 0; ; page++) {
                    PagedResult<CustomerView> batch = customers.consenting(page, PAGE);
                    transactions.executeWithoutResult(status -> greet(
                            ReminderKind.HOLIDAY,
                            customer -> "HOLIDAY:" + today + ":" + customer.id(),
                            batch.items(),
                            today,
                            holiday.name()));
                    if (!batch.hasNext()) {
                        break;
                    }
                }
            }
        }
        transactions.executeWithoutResult(status -> refreshLapsedTiers(now));
        List<UUID> due = reminders.dueIds(today);
        LocalDate stale = today.minusDays(STALE_AFTER_DAYS);
        inChunks(due, ids -> {
            for (Reminder reminder : reminders.findAllById(ids)) {
                if (reminder.toView().dueOn().isBefore(stale)) {
                    // Missed by far (the system was off, or the history was imported): not worth a call any more.
                    reminder.dismiss(now);
                } else {
                    act(reminder, stores, now);
                }
            }
        });
        return due.size();
    }

    /** Runs the work on the items {@value #CHUNK} at a time, each chunk in a transaction of its own. */
    private <T> void inChunks(List<T> items, Consumer<List<T>> work) {
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            transactions.executeWithoutResult(status -> work.accept(chunk));
        }
    }

    /** The items by their cause's key, without those whose cause already has its reminder (one query). */
    private <T> Map<String, T> withoutReminder(List<T> items, Function<T, String> keyOf) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(keyOf.apply(item), item));
        if (!byKey.isEmpty()) {
            byKey.keySet().removeAll(reminders.existingKeys(byKey.keySet()));
        }
        return byKey;
    }

    private void warrantiesEnding(List<AssetView> ending, LocalDate today, Instant now, List<StoreView> stores) {
        Map<String, AssetView> byKey =
                withoutReminder(ending, asset -> "WARRANTY_ENDING:" + asset.id() + ":" + asset.warrantyEnd());
        if (byKey.isEmpty()) {
            return;
        }
        Collection<AssetView> fresh = byKey.values();
        Map<CustomerId, CustomerView> owners =
                customers
                        .getAll(fresh.stream()
                                .map(AssetView::customerId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CustomerView::id, Function.identity()));
        Map<AssetId, StoreId> lastStores =
                workOrders.latestStores(fresh.stream().map(AssetView::id).toList());
        @Nullable
        UUID fallbackStore = stores.isEmpty() ? null : stores.get(0).id().value();
        byKey.forEach((key, asset) -> {
            CustomerView customer = owners.get(asset.customerId());
            if (customer == null) {
                return; // the owner was merged away or is not readable: nobody to call
            }
            StoreId store = lastStores.get(asset.id());
            reminders.save(new Reminder(
                    organizationId(),
                    ReminderKind.WARRANTY_ENDING,
                    key,
                    store != null ? store.value() : fallbackStore,
                    customer.id().value(),
                    customer.name(),
                    asset.id().value(),
                    asset.label(),
                    null,
                    today,
                    messages.getMessage("reminder.note.warranty", new Object[] {asset.warrantyEnd()}, CUSTOMER_LOCALE),
                    now));
        });
    }

    private void act(Reminder reminder, List<StoreView> stores, Instant now) {
        switch (reminder.kind()) {
            case BIRTHDAY, HOLIDAY -> {
                CustomerView customer = customers.get(Identifier.of(reminder.customerId(), CustomerId::new));
                Channel channel = greetingChannel(customer);
                UUID message = channel == null
                        ? null
                        : outbox.queue(
                                        new OrganizationId(organizationId()),
                                        channel,
                                        channel.recipientOf(customer),
                                        reminder.note(),
                                        messages.getMessage(
                                                "reminder.greeting",
                                                new Object[] {
                                                    customer.name(),
                                                    reminder.note(),
                                                    stores.get(0).name()
                                                },
                                                CUSTOMER_LOCALE),
                                        reminder.id())
                                .id();
                reminder.becameMessage(message, now);
            }
            default -> {
                StoreId store = reminder.storeId() != null
                        ? Identifier.of(reminder.storeId(), StoreId::new)
                        : stores.get(0).id();
                FollowUp.Subject about = new FollowUp.Subject(
                        store.value(),
                        reminder.workOrderId(),
                        null,
                        reminder.customerId(),
                        reminder.customerName(),
                        reminder.assetId(),
                        reminder.assetLabel(),
                        null,
                        null,
                        null);
                FollowUp followUp = followUps.create(
                        new OrganizationId(organizationId()),
                        FollowUpKind.valueOf(reminder.kind().name()),
                        "REMINDER:" + reminder.id(),
                        about,
                        null,
                        reminder.note(),
                        now,
                        now);
                reminder.becameFollowUp(followUp.id(), now);
            }
        }
    }

    private void greet(
            ReminderKind kind,
            Function<CustomerView, String> keyOf,
            List<CustomerView> customers,
            LocalDate today,
            String note) {
        withoutReminder(
                        customers.stream()
                                .filter(customer -> greetingChannel(customer) != null)
                                .toList(),
                        keyOf)
                .forEach((key, customer) -> reminders.save(new Reminder(
                        organizationId(),
                        kind,
                        key,
                        null,
                        customer.id().value(),
                        customer.name(),
                        null,
                        null,
                        null,
                        today,
                        note,
                        clock.instant())));
    }

    /** Greetings go only to customers who agreed to them, by the first channel they agreed to that we can reach. */
    private static @Nullable Channel greetingChannel(CustomerView customer) {
        for (Channel channel : Channel.values()) {
            if (customer.consentsTo(ConsentChannel.valueOf(channel.name())) && channel.recipientOf(customer) != null) {
                return channel;
            }
        }
        return null;
    }

    private void add(ReminderKind kind, String key, WorkOrderDelivered job, LocalDate due, String note) {
        if (!reminders.existsByDedupKey(key)) {
            reminders.save(new Reminder(
                    organizationId(),
                    kind,
                    key,
                    Identifier.valueOf(job.storeId()),
                    Identifier.valueOf(job.customerId()),
                    job.customerName(),
                    Identifier.valueOf(job.assetId()),
                    job.assetLabel(),
                    Identifier.valueOf(job.workOrderId()),
                    due,
                    note,
                    clock.instant()));
        }
    }

    /**
     * Maintenance is due after the rule's months, or earlier when the vehicle, at the pace its mileage readings
     * show, reaches the rule's kilometres first.
     */
    private static LocalDate maintenanceDue(
            FeedbackProperties.MaintenanceRule rule,
            AssetView asset,
            @Nullable Integer mileage,
            LocalDate deliveredOn) {
        LocalDate byDate = deliveredOn.plusMonths(rule.months());
        List<AssetView.MileageReadingView> readings = asset.mileageReadings();
        if (rule.kilometres() == null || mileage == null || readings.size() < 2) {
            return byDate;
        }
        AssetView.MileageReadingView first = readings.get(0);
        AssetView.MileageReadingView last = readings.get(readings.size() - 1);
        long days = ChronoUnit.DAYS.between(first.readAt(), last.readAt());
        int driven = last.mileage() - first.mileage();
        if (days < 7 || driven <= 0) {
            return byDate;
        }
        long daysToKilometres = Math.round(rule.kilometres() * (double) days / driven);
        LocalDate byKilometres = deliveredOn.plusDays(daysToKilometres);
        return byKilometres.isBefore(byDate) ? byKilometres : byDate;
    }

    /** What the customer was charged: their own lines and, on an insurance job, the excess (not the insurer's part). */
    private void recordSpend(WorkOrderDelivered delivered) {
        BigDecimal amount = delivered.amountDue();
        Integer known = jdbc.queryForObject(
                "select count(*) from customer_spend where work_order_id = ?",
                Integer.class,
                delivered.workOrderId().value());
        if (known == null || known == 0) {
            jdbc.update(
                    "insert into customer_spend (work_order_id, organization_id, customer_id, amount, delivered_at)"
                            + " values (?, ?, ?, ?, ?)",
                    delivered.workOrderId().value(),
                    delivered.organizationId().value(),
                    delivered.customerId().value(),
                    amount,
                    Timestamp.from(delivered.deliveredAt()));
        }
        applySpend(delivered.customerId(), clock.instant());
    }

    /** Customers whose oldest spend in the window just fell out of it (in the last two days) get their tier again. */
    private void refreshLapsedTiers(Instant now) {
        Instant windowStart = now.minus(365, ChronoUnit.DAYS);
        List<UUID> lapsed = jdbc.queryForList(
                "select distinct customer_id from customer_spend where organization_id = ?"
                        + " and delivered_at >= ? and delivered_at < ?",
                UUID.class,
                organizationId(),
                Timestamp.from(windowStart.minus(2, ChronoUnit.DAYS)),
                Timestamp.from(windowStart));
        lapsed.forEach(customer -> applySpend(new CustomerId(customer), now));
    }

    /** The customer's spend over the last 12 months, applied to their tier. */
    void applySpend(CustomerId customerId, Instant now) {
        if (customers.isActive(customerId)) {
            customers.applySpend(
                    customerId,
                    () -> jdbc.queryForObject(
                            "select coalesce(sum(amount), 0) from customer_spend where customer_id = ? and delivered_at >= ?",
                            BigDecimal.class,
                            customerId.value(),
                            Timestamp.from(now.minus(365, ChronoUnit.DAYS))));
        }
    }

    private static UUID organizationId() {
        return CurrentUser.require().organizationId().value();
    }

    /** Today in the store's zone; without a store, in the zone of the user's current store. */
    private LocalDate today(@Nullable StoreId storeId) {
        return LocalDate.ofInstant(clock.instant(), organization.zoneOf(storeId));
    }
}
