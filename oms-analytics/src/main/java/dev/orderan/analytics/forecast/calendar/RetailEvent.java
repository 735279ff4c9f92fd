package dev.orderan.analytics.forecast.calendar;

/**
 * Calendar events that move Indonesian retail demand. Each covers a window of days; a period
 * (day, week, month) is exposed to an event in proportion to the share of its days inside the
 * window. Windows may overlap (the last days of Ramadan are also the Lebaran run-up); their
 * effects then multiply.
 */
public enum RetailEvent {
    /** The fasting month: from 1 Ramadan to the day before Idul Fitri. */
    RAMADAN,
    /** The ten days before Idul Fitri: holiday allowance (THR) spending, gifts, clothes, travel. */
    LEBARAN_RUN_UP,
    /** Idul Fitri and the six days after it: collective leave, couriers and warehouses slow down. */
    LEBARAN_HOLIDAY,
    /** 11 November (11.11), the marketplaces' twin-date sale adopted from Singles' Day. */
    DOUBLE_ELEVEN,
    /** 12 December (12.12), Hari Belanja Online Nasional (Harbolnas), held every year since 2012. */
    HARBOLNAS,
    /** The 25th of a month to the 1st of the next: most salaries are paid then. */
    PAYDAY
}
