package io.aftersales.workorder.domain;

import io.aftersales.workorder.WorkOrderView.ChecklistItemView;
import jakarta.persistence.Embeddable;

/** A tool or part to bring; an on-site job leaves only when every item is ticked. */
@Embeddable
public class ChecklistItem {

    private String item;
    private boolean ticked;

    protected ChecklistItem() {
        this.item = "";
    }

    ChecklistItem(String item, boolean ticked) {
        this.item = item;
        this.ticked = ticked;
    }

    String item() {
        return item;
    }

    boolean ticked() {
        return ticked;
    }

    ChecklistItemView toView() {
        return new ChecklistItemView(item, ticked);
    }
}
