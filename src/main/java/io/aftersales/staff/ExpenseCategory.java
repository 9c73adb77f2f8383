package io.aftersales.staff;

/** What an expense was for; labels are message keys {@code expense.category.<NAME>}. */
public enum ExpenseCategory {
    /** 交通: fares, fuel, tolls, parking. */
    TRANSPORT,
    /** 住宿. */
    LODGING,
    /** 餐费. */
    MEALS,
    /** 出差补助: the per-diem allowance of a trip day. */
    PER_DIEM,
    /** 材料: small parts and consumables bought on the road. */
    MATERIALS,
    /** 招待: a customer's meal or gift. */
    ENTERTAINMENT,
    OTHER
}
