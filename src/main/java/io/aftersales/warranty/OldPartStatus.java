package io.aftersales.warranty;

/** An old part is tagged when claimed, stored in a bin, then shipped back to the maker or scrapped at its word. */
public enum OldPartStatus {
    TAGGED,
    STORED,
    SHIPPED,
    SCRAPPED
}
