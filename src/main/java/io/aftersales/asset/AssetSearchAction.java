package io.aftersales.asset;

/**
 * What another module offers beside a vehicle or piece of equipment the search found (e.g. opening a work order with
 * the customer's words, on the spot). A Thymeleaf fragment that sees the asset as {@code a} and {@link #data()} as
 * {@code action}; shown when the search found only a few assets.
 */
public interface AssetSearchAction {

    String fragment();

    Object data();
}
