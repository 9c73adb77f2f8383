package io.aftersales.asset.web;

import io.aftersales.asset.AssetKind;
import io.aftersales.asset.NewAsset;
import io.aftersales.customer.CustomerId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The vehicle or equipment part of a form; the intake form adds the customer's fields. */
public class AssetForm {

    private AssetKind kind = AssetKind.VEHICLE;
    private String vin = "";
    private String plate = "";
    private String serialNumber = "";
    private String brand = "";
    private String model = "";
    private @Nullable Integer modelYear;
    private String colour = "";
    private String energyType = "";
    private String site = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate purchaseDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate installedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate warrantyStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate warrantyEnd;

    private @Nullable Integer warrantyMileage;
    private @Nullable Integer mileage;

    /** Set when the user has seen the possible duplicates and wants to go on. */
    private boolean confirmDuplicates;

    NewAsset toNewAsset(@Nullable CustomerId customerId) {
        return new NewAsset(
                customerId,
                kind,
                vin,
                plate,
                serialNumber,
                brand,
                model,
                modelYear,
                colour,
                energyType,
                purchaseDate,
                installedOn,
                site,
                null,
                warrantyStart,
                warrantyEnd,
                warrantyMileage,
                mileage);
    }

    public AssetKind getKind() {
        return kind;
    }

    public void setKind(AssetKind kind) {
        this.kind = kind;
    }

    public String getVin() {
        return vin;
    }

    public void setVin(String vin) {
        this.vin = vin;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public @Nullable Integer getModelYear() {
        return modelYear;
    }

    public void setModelYear(@Nullable Integer modelYear) {
        this.modelYear = modelYear;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getEnergyType() {
        return energyType;
    }

    public void setEnergyType(String energyType) {
        this.energyType = energyType;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public @Nullable LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(@Nullable LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public @Nullable LocalDate getInstalledOn() {
        return installedOn;
    }

    public void setInstalledOn(@Nullable LocalDate installedOn) {
        this.installedOn = installedOn;
    }

    public @Nullable LocalDate getWarrantyStart() {
        return warrantyStart;
    }

    public void setWarrantyStart(@Nullable LocalDate warrantyStart) {
        this.warrantyStart = warrantyStart;
    }

    public @Nullable LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public void setWarrantyEnd(@Nullable LocalDate warrantyEnd) {
        this.warrantyEnd = warrantyEnd;
    }

    public @Nullable Integer getWarrantyMileage() {
        return warrantyMileage;
    }

    public void setWarrantyMileage(@Nullable Integer warrantyMileage) {
        this.warrantyMileage = warrantyMileage;
    }

    public @Nullable Integer getMileage() {
        return mileage;
    }

    public void setMileage(@Nullable Integer mileage) {
        this.mileage = mileage;
    }

    public boolean isConfirmDuplicates() {
        return confirmDuplicates;
    }

    public void setConfirmDuplicates(boolean confirmDuplicates) {
        this.confirmDuplicates = confirmDuplicates;
    }
}
