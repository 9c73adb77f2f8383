package io.aftersales.asset.web;

import io.aftersales.customer.CustomerForm;
import jakarta.validation.Valid;

/** One form for a new customer and their first vehicle or equipment (fields {@code asset.*}). */
public class IntakeForm extends CustomerForm {

    @Valid
    private AssetForm asset = new AssetForm();

    /** Set when the user has seen the possible duplicates and wants to go on. */
    private boolean confirmDuplicates;

    public boolean isConfirmDuplicates() {
        return confirmDuplicates;
    }

    public void setConfirmDuplicates(boolean confirmDuplicates) {
        this.confirmDuplicates = confirmDuplicates;
    }

    public AssetForm getAsset() {
        return asset;
    }

    public void setAsset(AssetForm asset) {
        this.asset = asset;
    }
}
