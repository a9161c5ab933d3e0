package com.beepercomposer.sandbox;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request holding one of the gate's body slots until its body has been read to the end, not
 * until it is answered: a route that takes its time to answer (a slow send) must not turn other
 * clients away as if it were still receiving. Bodies read another way (multipart, through the
 * server's own parser) keep their slot until the answer.
 */
final class BodySlot extends HttpServletRequestWrapper {
    private final Semaphore slots;
    private final AtomicBoolean held = new AtomicBoolean(true);
    private ServletInputStream stream;
    /** Bytes still to come of a declared length; negative when the length is not declared. */
    private long remaining;

    BodySlot(HttpServletRequest request, Semaphore slots) {
        super(request);
        this.slots = slots;
        this.remaining = request.getContentLengthLong();
    }

    /** Gives the slot back once; safe to call again when the answer is done. */
    void release() {
        if (held.compareAndSet(true, false)) {
            slots.release();
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            ServletInputStream in = super.getInputStream();
            stream = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    ended(b, b < 0 ? -1 : 1);
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return ended(in.read(b, off, len));
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }

                private int ended(int count) {
                    return ended(count, count);
                }

                /** A parser reading a declared length stops at its last byte, never asking for the end. */
                private int ended(int result, int count) {
                    if (count > 0 && remaining > 0) {
                        remaining -= count;
                    }
                    if (result < 0 || remaining == 0 || in.isFinished()) {
                        release();
                    }
                    return result;
                }
            };
        }
        return stream;
    }
}
