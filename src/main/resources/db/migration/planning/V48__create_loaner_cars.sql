-- Loaner cars (代步车) of a store, and their bookings by day: a car is never lent twice on the same day.
CREATE TABLE loaner_car (
    id              UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    store_id        UUID         NOT NULL,
    plate           VARCHAR(20)  NOT NULL,
    model           VARCHAR(100) NOT NULL,
    active          BOOLEAN      NOT NULL,
    version         BIGINT,
    CONSTRAINT loaner_car_pk PRIMARY KEY (id),
    CONSTRAINT loaner_car_plate_uk UNIQUE (organization_id, plate)
);

CREATE TABLE loaner_booking (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    store_id        UUID                     NOT NULL,
    loaner_car_id   UUID                     NOT NULL,
    car_plate       VARCHAR(20)              NOT NULL,
    customer_id     UUID                     NOT NULL,
    customer_name   VARCHAR(200)             NOT NULL,
    starts_on       DATE                     NOT NULL,
    ends_on         DATE                     NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    note            VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT,
    CONSTRAINT loaner_booking_pk PRIMARY KEY (id),
    CONSTRAINT loaner_booking_car_fk FOREIGN KEY (loaner_car_id) REFERENCES loaner_car (id)
);
CREATE INDEX loaner_booking_by_car_idx ON loaner_booking (loaner_car_id, starts_on);
