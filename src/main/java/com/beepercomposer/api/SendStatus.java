package com.beepercomposer.api;

import java.util.List;

/** How far a sent message got: SUCCESS, PENDING, FAIL_RETRIABLE or FAIL_PERMANENT. */
public record SendStatus(String status, String timestamp, String message, String reason,
                         List<String> deliveredToUsers, String internalError) {

    public static final String SUCCESS = "SUCCESS";
    public static final String PENDING = "PENDING";
    public static final String FAIL_RETRIABLE = "FAIL_RETRIABLE";
    public static final String FAIL_PERMANENT = "FAIL_PERMANENT";

    public boolean isSettled() {
        return SUCCESS.equals(status) || isFailure();
    }

    public boolean isFailure() {
        return status != null && status.startsWith("FAIL_");
    }
}
