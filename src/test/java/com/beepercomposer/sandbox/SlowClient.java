package com.beepercomposer.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A loopback connection that sends a request head and part of its body, then goes quiet. */
final class SlowClient implements AutoCloseable {
    private final Socket socket;

    private SlowClient(Socket socket) {
        this.socket = socket;
    }

    /** Declares {@code declaredLength} body bytes but sends only {@code sent}. */
    static SlowClient open(int port, String token, String path, int declaredLength, String sent) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(RawHttp.READ_TIMEOUT_MS);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + declaredLength + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write((head + sent).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new SlowClient(socket);
    }

    void send(String more) throws IOException {
        socket.getOutputStream().write(more.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    RawHttp.Response answer() throws IOException {
        return RawHttp.read(socket.getInputStream());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
