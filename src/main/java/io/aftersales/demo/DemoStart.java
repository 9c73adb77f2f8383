package io.aftersales.demo;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.PartId;
import io.aftersales.workorder.WorkOrderId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * With {@code aftersales.demo-data} on and an empty database: the demo organisation at once (so that its users can
 * sign in), then its customers, parts and history in the background. Runs before the organisation module's first
 * start, which then finds the database set up. When several instances start at once, one wins.
 */
@Component
@Order(-1)
@EnableConfigurationProperties(DemoStart.Properties.class)
class DemoStart implements ApplicationRunner {

    /**
     * {@code aftersales.demo-data} ({@code AFTERSALES_DEMO_DATA}) loads the demo on an empty database;
     * {@code aftersales.admin-password} sets the demo administrator's password too.
     */
    @ConfigurationProperties("aftersales")
    record Properties(boolean demoData, @Nullable String adminPassword) {}

    private static final Logger log = LoggerFactory.getLogger(DemoStart.class);

    private final OrganizationManagement organization;
    private final DemoOrganization demoOrganization;
    private final DemoCustomers customers;
    private final DemoParts parts;
    private final DemoWorkOrders workOrders;
    private final DemoFeedback feedback;
    private final DemoReporting reporting;
    private final DemoStaff staff;
    private final DemoSales sales;
    private final DemoWarranty warranty;
    private final DemoStandards standards;
    private final DemoPlanning planning;
    private final TaskExecutor executor;
    private final Properties properties;

    DemoStart(
            OrganizationManagement organization,
            DemoOrganization demoOrganization,
            DemoCustomers customers,
            DemoParts parts,
            DemoWorkOrders workOrders,
            DemoFeedback feedback,
            DemoReporting reporting,
            DemoStaff staff,
            DemoSales sales,
            DemoWarranty warranty,
            DemoStandards standards,
            DemoPlanning planning,
            TaskExecutor executor,
            Properties properties) {
        this.organization = organization;
        this.demoOrganization = demoOrganization;
        this.customers = customers;
        this.parts = parts;
        this.workOrders = workOrders;
        this.feedback = feedback;
        this.reporting = reporting;
        this.staff = staff;
        this.sales = sales;
        this.warranty = warranty;
        this.standards = standards;
        this.planning = planning;
        this.executor = executor;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        if (!organization.isEmpty()) {
            log.warn("Demo data not loaded: the database already holds an organisation (with the embedded default,"
                    + " start from an empty ./data directory to see the demo).");
            return;
        }
        try {
            load("admin", properties.adminPassword());
        } catch (DataIntegrityViolationException e) {
            log.info("Another instance set up the empty database first; using its organisation.");
        }
    }

    /** The organisation now; the rest in the background, done when the answer is. */
    CompletableFuture<Void> load(String adminUsername, @Nullable String adminPassword) {
        DemoOrganization.Loaded demo = demoOrganization.load(adminUsername, adminPassword);
        return CompletableFuture.runAsync(() -> loadTheRest(demo), executor).whenComplete((done, failure) -> {
            if (failure != null) {
                log.error("Demo data left incomplete.", failure);
            }
        });
    }

    /** Customers, parts, the history and the management figures of the demo organisation, one after the other. */
    private void loadTheRest(DemoOrganization.Loaded demo) {
        List<DemoCustomers.Vehicle> vehicles = customers.load(demo);
        Map<String, PartId> jobParts = parts.load(demo);
        List<WorkOrderId> delivered = workOrders.load(demo, vehicles, jobParts);
        parts.countDown(demo, jobParts);
        feedback.load(demo, delivered);
        reporting.load(demo);
        staff.load(demo);
        sales.load(demo);
        warranty.load(demo);
        standards.load(demo);
        planning.load(demo, vehicles);
    }
}
