package io.aftersales.asset.web;

import io.aftersales.customer.CustomerForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One form for a new customer and their first vehicle or equipment (fields {@code asset.*}). */
public class IntakeForm extends CustomerForm {

    @Valid
    private AssetForm asset = new AssetForm();

    /** What the customer says: filled in, saving goes on to reception of the first work order with these words. */
    @Size(max = 2000)
    private String complaint = "";

    /** Set when the user has seen the possible duplicates and wants to go on. */
    private boolean confirmDuplicates;

    public boolean isConfirmDuplicates() {
        return confirmDuplicates;
    }

    public void setConfirmDuplicates(boolean confirmDuplicates) {
        this.confirmDuplicates = confirmDuplicates;
    }

    public String getComplaint() {
        return complaint;
    }

    public void setComplaint(@Nullable String complaint) {
        this.complaint = complaint == null ? "" : complaint.strip();
    }

    public AssetForm getAsset() {
        return asset;
    }

    public void setAsset(AssetForm asset) {
        this.asset = asset;
    }
}
