package io.aftersales.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record NewContact(
        @NotBlank @Size(max = 100) String name,
        @Nullable @Size(max = 100) String position,
        @Nullable String phone,
        @Nullable Boolean decisionMaker,
        @Nullable Boolean technical) {

    public boolean isDecisionMaker() {
        return Boolean.TRUE.equals(decisionMaker);
    }

    public boolean isTechnical() {
        return Boolean.TRUE.equals(technical);
    }
}
