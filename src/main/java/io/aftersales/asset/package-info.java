/**
 * What is serviced (车辆 / 设备): vehicles with VIN, plate and mileage readings, and equipment with serial numbers and
 * installation sites, each owned by a customer and carrying warranty terms. Also the one search box, which finds
 * customers and their assets by plate, VIN, phone or name.
 */
@ApplicationModule(
        displayName = "Asset",
        allowedDependencies = {"shared", "customer", "organization"})
@NullMarked
package io.aftersales.asset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
