package io.aftersales.planning.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.planning.LoanerBookingId;
import io.aftersales.planning.LoanerBookingView;
import io.aftersales.planning.LoanerCarId;
import io.aftersales.planning.LoanerCarView;
import io.aftersales.planning.LoanerCars;
import io.aftersales.shared.StoreId;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Loaner cars",
        description = "代步车: a store's loaner cars and their bookings by day; a car is never booked twice for a day.")
@RestController
class LoanerCarRestController {

    @Schema(name = "NewLoanerCar")
    record NewCar(
            @NotNull StoreId storeId,
            @NotBlank @Size(max = 20) String plate,
            @NotBlank @Size(max = 100) String model) {}

    @Schema(name = "LoanerCarActivity")
    record Activity(@NotNull Boolean active) {}

    @Schema(name = "NewLoanerBooking")
    record NewBooking(
            @NotNull CustomerId customerId,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Nullable @Size(max = 300) String note) {}

    @Schema(name = "LoanerBookingChange")
    record Change(@NotNull Long version) {}

    private final LoanerCars loaners;

    LoanerCarRestController(LoanerCars loaners) {
        this.loaners = loaners;
    }

    @GetMapping("/api/v1/loaner-cars")
    List<LoanerCarView> cars(@RequestParam StoreId storeId) {
        return loaners.cars(storeId);
    }

    /** Managers: a car of the store's fleet. */
    @PostMapping("/api/v1/loaner-cars")
    ResponseEntity<LoanerCarView> addCar(@Valid @RequestBody NewCar request) {
        LoanerCarView car = loaners.addCar(request.storeId(), request.plate(), request.model());
        return ResponseEntity.created(URI.create("/api/v1/loaner-cars/" + car.id()))
                .body(car);
    }

    /** Managers: in service or not (no new bookings). */
    @PostMapping("/api/v1/loaner-cars/{id}/active")
    LoanerCarView setActive(@PathVariable LoanerCarId id, @Valid @RequestBody Activity request) {
        return loaners.setActive(id, request.active());
    }

    /** Lends the car from one day to another (both included); 409 {@code car-taken} if any of them is taken. */
    @PostMapping("/api/v1/loaner-cars/{id}/bookings")
    ResponseEntity<LoanerBookingView> book(@PathVariable LoanerCarId id, @Valid @RequestBody NewBooking request) {
        LoanerBookingView booking =
                loaners.book(id, request.customerId(), request.from(), request.to(), request.note());
        return ResponseEntity.status(201).body(booking);
    }

    @GetMapping("/api/v1/loaner-bookings")
    List<LoanerBookingView> bookings(
            @RequestParam StoreId storeId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return loaners.bookings(storeId, from, to);
    }

    @PostMapping("/api/v1/loaner-bookings/{id}/hand-out")
    LoanerBookingView handOut(@PathVariable LoanerBookingId id, @Valid @RequestBody Change request) {
        return loaners.handOut(id, request.version());
    }

    @PostMapping("/api/v1/loaner-bookings/{id}/return")
    LoanerBookingView giveBack(@PathVariable LoanerBookingId id, @Valid @RequestBody Change request) {
        return loaners.giveBack(id, request.version());
    }

    @PostMapping("/api/v1/loaner-bookings/{id}/cancel")
    LoanerBookingView cancel(@PathVariable LoanerBookingId id, @Valid @RequestBody Change request) {
        return loaners.cancel(id, request.version());
    }
}
