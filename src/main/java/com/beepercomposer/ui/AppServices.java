package com.beepercomposer.ui;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.settings.ConnectionTarget;

/** What the window is built around; the app and the UI tests each assemble one. */
public record AppServices(ConnectionTarget target, BeeperClient client, SendLog log, UiSettings settings,
                          UiExecutor ui) {
}
