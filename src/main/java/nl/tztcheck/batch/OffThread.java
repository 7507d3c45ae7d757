package nl.tztcheck.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands items to a consumer on a thread of its own, in order, through a small queue: on two cores
 * the report step writes findings.xlsx beside findings.csv instead of after it. {@link #close()}
 * waits until every item is consumed and throws what the consumer threw.
 */
final class OffThread<T> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile Throwable failure;

    OffThread(String name, Consumer<T> consumer) {
        this.thread = new Thread(() -> consume(consumer), name);
        thread.setDaemon(true);
        thread.start();
    }

    @SuppressWarnings("unchecked")
    private void consume(Consumer<T> consumer) {
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                if (failure == null) {
                    consumer.accept((T) item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear(); // the producer must not block on a full queue nobody empties
            drainUntilEnd();
        }
    }

    private void drainUntilEnd() {
        try {
            while (queue.take() != END) {
                queue.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void accept(T item) {
        if (failure != null) {
            return; // reported by close()
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over an item", e);
        }
    }

    @Override
    public void close() {
        try {
            queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
