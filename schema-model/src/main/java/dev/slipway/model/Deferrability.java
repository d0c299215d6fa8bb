package dev.slipway.model;

/** When a constraint is checked: {@code NOT DEFERRABLE}, {@code DEFERRABLE INITIALLY IMMEDIATE|DEFERRED}. */
public enum Deferrability { NOT_DEFERRABLE, INITIALLY_IMMEDIATE, INITIALLY_DEFERRED }
