package com.beepercomposer.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The PATCH body for a chat's draft: {@code "draft": null} must stay on the wire, it means "clear". */
record DraftPatch(@JsonInclude(JsonInclude.Include.ALWAYS) DraftRequest draft) {
}
