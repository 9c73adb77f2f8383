package io.aftersales.staff;

/** A skill a technician is certified for (资质). */
public enum Skill {
    /** The maker's brand training (品牌认证). */
    BRAND,
    /** Work on high-voltage electric drives (高压电作业). */
    HIGH_VOLTAGE,
    /** Air conditioning and refrigerant handling (空调冷媒). */
    AIR_CONDITIONING,
    /** Electronic diagnosis (电控诊断). */
    DIAGNOSIS,
    /** Body and paint (钣金喷漆). */
    BODY_PAINT
}
