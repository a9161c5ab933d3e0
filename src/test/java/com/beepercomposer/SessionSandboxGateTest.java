package com.beepercomposer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.beepercomposer.settings.ConnectionProbe;
import com.beepercomposer.settings.ConnectionStatus;
import com.beepercomposer.settings.SavedConnection;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At start-up the sandbox is built after the window's first frame; a session closed before then leaves nothing. */
class SessionSandboxGateTest {

    @Test
    void theSandboxListensOnlyOnceTheGoAheadComes() throws Exception {
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        Session session = Session.open(SavedConnection.SANDBOX, firstFrame);
        try {
            assertFalse(session.ready().isDone());
            assertFalse(listening(session));

            firstFrame.complete(null);
            session.ready().get(30, TimeUnit.SECONDS);

            assertEquals(ConnectionStatus.State.CONNECTED,
                    new ConnectionProbe(session.client()).check().get(30, TimeUnit.SECONDS).state());
        } finally {
            session.close();
        }
    }

    @Test
    void aSessionClosedBeforeTheGoAheadClosesAtOnceAndNeverStartsItsSandbox() throws Exception {
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        Session session = Session.open(SavedConnection.SANDBOX, firstFrame);

        CompletableFuture.runAsync(session::close).get(30, TimeUnit.SECONDS);
        firstFrame.complete(null);

        assertTrue(session.ready().isCompletedExceptionally());
        assertFalse(listening(session));
    }

    private static boolean listening(Session session) throws Exception {
        java.net.URI base = session.target().config().baseUri();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }
}
