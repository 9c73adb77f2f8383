package io.aftersales.workorder;

/** Traffic-light result of an inspection item: fine, needs attention soon, needs attention now. */
public enum InspectionRating {
    GREEN,
    YELLOW,
    RED
}
