/**
 * Demo data: on an empty database with {@code aftersales.demo-data} on, an organisation with two stores, a user of
 * every role, customers and vehicles, parts and tools, eighteen months of work orders and feedback, targets, cost
 * budgets and certificates, the next week's appointments and a fleet's service contract, and a bearing maker's year of quotes, contracts, shipments, invoices and payments, made only through the other modules' public API (their facades and history imports). No
 * business module knows about it.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "shared",
            "organization",
            "customer",
            "asset",
            "inventory",
            "workorder",
            "feedback",
            "reporting",
            "staff",
            "sales",
            "warranty",
            "standards",
            "planning"
        })
@NullMarked
package io.aftersales.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
