package com.beepercomposer.sandbox;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the sandbox's Jetty faces bad input and hostile clients: a loopback-only connector with
 * an idle timeout, {@link RequestGate} in front of every route, JSON instead of Jetty's HTML
 * error pages, and every exception a route lets escape answered in the API's error shape.
 */
final class JettySetup {
    private static final Logger LOG = LoggerFactory.getLogger(JettySetup.class);

    private JettySetup() {
    }

    static void configure(JavalinConfig config, String host, int port, Duration idleTimeout, RequestGate gate) {
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = RequestGate.MAX_JSON_BODY;
        // Javalin answers these two with a bare status; RequestGate gives them a JSON body.
        config.jetty.clientAbortStatus = 400;
        config.jetty.timeoutStatus = 408;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyServletContextHandler(handler -> {
            handler.setErrorHandler(new JsonErrorHandler());
            handler.addFilter(new FilterHolder(gate), "/*", EnumSet.of(DispatcherType.REQUEST));
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            // Dispatch on the headers: an oversized Content-Length gets its 413 before any body
            // byte, instead of after the idle timeout. RequestGate bounds bodies being awaited.
            http.setDelayDispatchUntilContent(false);
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(idleTimeout.toMillis());
            return connector;
        });
    }

    /** Registers the exception and 404 handlers; call after the routes. */
    static void answerErrors(Javalin app) {
        app.exception(SandboxError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(BadMessageException.class, (e, ctx) -> error(ctx, e.getCode(),
                "The request could not be read: " + ErrorJson.clip(e.getReason(), 200)));
        app.exception(IOException.class, (e, ctx) -> {
            if (e instanceof FileSystemException) {
                LOG.warn("Sandbox route {} {} failed on disk", ctx.method(), ctx.path(), e);
                error(ctx, 500, "The sandbox could not store the request");
            } else {
                SandboxError unreadable = SandboxError.bodyUnreadable(e);
                ctx.status(unreadable.status()).json(unreadable.body());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("Sandbox route {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "The sandbox failed: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "No route " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(ErrorJson.body(status, message));
    }
}
