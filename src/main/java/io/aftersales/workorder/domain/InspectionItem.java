package io.aftersales.workorder.domain;

import io.aftersales.workorder.InspectionRating;
import io.aftersales.workorder.WorkOrderView.InspectionItemView;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One point of the inspection checklist with its traffic-light rating. */
@Embeddable
public class InspectionItem {

    private String item;

    @Enumerated(EnumType.STRING)
    private @Nullable InspectionRating rating;

    private @Nullable String note;

    protected InspectionItem() {
        this.item = "";
    }

    InspectionItem(String item, @Nullable InspectionRating rating, @Nullable String note) {
        this.item = item;
        this.rating = rating;
        this.note = note;
    }

    InspectionItemView toView() {
        return new InspectionItemView(item, rating, note);
    }
}
