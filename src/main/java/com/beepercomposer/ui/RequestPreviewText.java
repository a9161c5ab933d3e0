package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Json;
import com.beepercomposer.api.RequestDescription;
import com.beepercomposer.compose.Draft;
import com.beepercomposer.i18n.Texts;

/** The request preview's text: the request line and body the client would send now, or why there is none. */
final class RequestPreviewText {
    private RequestPreviewText() {
    }

    static String of(Draft draft, BeeperClient client) {
        if (!draft.hasText() && draft.attachment() == null) {
            return Texts.get("requestPreview.nothing", draft.readiness().reason());
        }
        if (draft.chat() == null) {
            return Texts.get("requestPreview.noChat") + "\n\n"
                    + pretty(Json.mapper().valueToTree(draft.toRequest()).toString());
        }
        RequestDescription request;
        try {
            request = client.describeSend(draft.chat().id(), draft.toRequest());
        } catch (IllegalArgumentException e) {
            return Texts.get("requestPreview.impossible", e.getMessage());
        }
        return request.line() + "\n\n" + pretty(request.body());
    }

    private static String pretty(String json) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.mapper().readTree(json));
        } catch (java.io.IOException e) {
            return json;
        }
    }
}
