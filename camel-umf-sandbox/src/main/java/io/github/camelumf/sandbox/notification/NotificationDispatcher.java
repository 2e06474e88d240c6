package io.github.camelumf.sandbox.notification;

import io.github.camelumf.sandbox.NotificationDelivery;
import io.github.camelumf.sandbox.NotificationDelivery.Kind;
import io.github.camelumf.sandbox.NotificationDelivery.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers notifications over HTTP from a small scheduled executor that runs while the sandbox runs, so the API call
 * that caused a notification never waits for the merchant.
 * <p>
 * Rules: an attempt is acknowledged by HTTP 2xx with a JSON body whose {@code meta.ret_code} is {@code "0000"};
 * anything else (other status, refused connection, timeout, not JSON) is retried after
 * {@link DeliverySettings#backoffAfter(int)} until {@link DeliverySettings#attempts()} attempts were made, then
 * given up. Tampered notifications and duplicate copies are sent once and never retried (a correct receiver refuses a
 * tampered one every time). An acknowledged notification with duplicates is sent again, byte for byte, right after.
 * While paused (or, for payment notifications, while held) a notification due to be sent waits until resumed
 * (released). {@link #reset()} and {@link #stop()} drop whatever is pending. Each attempt is logged at DEBUG (kind,
 * id, attempt, status), never the body.
 */
public final class NotificationDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int THREADS = 4;
    private static final int MAX_RESPONSE_CHARS = 4096;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final DeliverySettings settings;
    private final DeliveryLog log;
    private final List<Job> parked = new ArrayList<>();
    private ScheduledExecutorService executor;
    private HttpClient http;
    private long generation;
    private boolean paused;
    private boolean holdPayments;

    private record Job(Notification notification, int attempt, int duplicates, long generation) {
        Job next() {
            return new Job(notification, attempt + 1, duplicates, generation);
        }
    }

    private record Answer(int status, String error, String body) {
    }

    public NotificationDispatcher(DeliverySettings settings, DeliveryLog log) {
        this.settings = settings;
        this.log = log;
    }

    public DeliverySettings settings() {
        return settings;
    }

    /**
     * Starts the executor and the HTTP client; {@code periodic} (may be null) runs every {@code period} until
     * {@link #stop()}.
     */
    public synchronized void start(Runnable periodic, Duration period) {
        if (executor != null) {
            return;
        }
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread t = new Thread(r, "umf-sandbox-notify-" + instance + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        executor = pool;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (periodic != null) {
            pool.scheduleWithFixedDelay(() -> {
                try {
                    periodic.run();
                } catch (RuntimeException e) {
                    LOG.warn("periodic notification task failed", e);
                }
            }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the executor; pending, retrying and held notifications are dropped. */
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
            http = null;
            generation++;
            parked.clear();
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Runs {@code task} on the executor soon (nothing when stopped). */
    public synchronized void execute(Runnable task) {
        if (executor != null) {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    /** Delivers {@code notification} in the background with retries, then {@code duplicates} extra copies. */
    public synchronized void enqueue(Notification notification, int duplicates) {
        if (executor == null) {
            notDelivered(notification, "not delivered: the sandbox is stopped");
            return;
        }
        schedule(new Job(notification, 1, duplicates, generation), Duration.ZERO);
    }

    /**
     * One attempt now, on the calling thread (then the duplicate copies, if acknowledged); never retried. Returns the
     * attempt.
     */
    public NotificationDelivery sendNow(Notification notification, int duplicates) {
        HttpClient client;
        long current;
        synchronized (this) {
            if (http == null) {
                throw new IllegalStateException("the sandbox is not started");
            }
            client = http;
            current = generation;
        }
        Answer answer = post(client, notification);
        Outcome outcome = answer.error() == null ? Outcome.ACKNOWLEDGED : Outcome.NOT_ACKNOWLEDGED;
        NotificationDelivery delivery = record(notification, 1, outcome, answer, current, null);
        if (outcome == Outcome.ACKNOWLEDGED) {
            sendDuplicates(client, notification, duplicates, current);
        }
        return delivery;
    }

    /** Records that {@code notification} was not sent, and why. */
    public NotificationDelivery notDelivered(Notification notification, String reason) {
        NotificationDelivery delivery = new NotificationDelivery(notification, 1, Outcome.NOT_DELIVERED, 0, reason, "",
                Instant.now());
        LOG.debug("notification #{} {} {} attempt 1: {}", notification.number(), notification.kind(),
                notification.id(), reason);
        log.add(delivery);
        return delivery;
    }

    /** Payment notifications wait until {@link #releaseHeld()}. */
    public synchronized void holdPayments() {
        holdPayments = true;
    }

    /** Stops holding payment notifications and sends the held ones (unless paused); returns how many. */
    public synchronized int releaseHeld() {
        holdPayments = false;
        return unpark();
    }

    /** Every notification due to be sent waits until {@link #resume()}. */
    public synchronized void pause() {
        paused = true;
    }

    /** Sends what waited (payment notifications still held stay held); returns how many. */
    public synchronized int resume() {
        paused = false;
        return unpark();
    }

    /** How many notifications wait (paused or held). */
    public synchronized int waiting() {
        return parked.size();
    }

    /** Ends pause and hold and drops pending, retrying and waiting notifications. */
    public synchronized void reset() {
        generation++;
        parked.clear();
        paused = false;
        holdPayments = false;
    }

    private int unpark() {
        int released = 0;
        for (Iterator<Job> it = parked.iterator(); it.hasNext(); ) {
            Job job = it.next();
            if (!mustWait(job)) {
                it.remove();
                schedule(job, Duration.ZERO);
                released++;
            }
        }
        return released;
    }

    private boolean mustWait(Job job) {
        return paused || holdPayments && job.notification().kind() == Kind.PAYMENT;
    }

    private void schedule(Job job, Duration delay) {
        if (executor == null) {
            return;
        }
        try {
            executor.schedule(() -> run(job), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopping: dropped like everything pending
        }
    }

    private void run(Job job) {
        HttpClient client;
        synchronized (this) {
            if (job.generation() != generation || http == null) {
                return;
            }
            if (mustWait(job)) {
                parked.add(job);
                return;
            }
            client = http;
        }
        Notification notification = job.notification();
        Answer answer = post(client, notification);
        Outcome outcome;
        if (answer.error() == null) {
            outcome = Outcome.ACKNOWLEDGED;
        } else if (notification.oneShot()) {
            outcome = Outcome.NOT_ACKNOWLEDGED;
        } else if (job.attempt() < settings.attempts()) {
            outcome = Outcome.WILL_RETRY;
        } else {
            outcome = Outcome.GAVE_UP;
        }
        Duration wait = outcome == Outcome.WILL_RETRY ? settings.backoffAfter(job.attempt()) : null;
        synchronized (this) {
            if (record(notification, job.attempt(), outcome, answer, job.generation(), wait) == null) {
                return;
            }
            if (wait != null) {
                schedule(job.next(), wait);
            }
        }
        if (outcome == Outcome.ACKNOWLEDGED) {
            sendDuplicates(client, notification, job.duplicates(), job.generation());
        }
    }

    private void sendDuplicates(HttpClient client, Notification notification, int copies, long jobGeneration) {
        for (int i = 0; i < copies; i++) {
            Notification copy = notification.duplicateCopy();
            Answer answer = post(client, copy);
            Outcome outcome = answer.error() == null ? Outcome.ACKNOWLEDGED : Outcome.NOT_ACKNOWLEDGED;
            if (record(copy, 1, outcome, answer, jobGeneration, null) == null) {
                return;
            }
        }
    }

    /** Logs and records one attempt unless a reset or stop happened since it was scheduled; null then. */
    private NotificationDelivery record(Notification notification, int attempt, Outcome outcome, Answer answer,
                                        long jobGeneration, Duration retryIn) {
        synchronized (this) {
            if (jobGeneration != generation) {
                return null;
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("notification #{} {} {} attempt {}{}: {} -> {}{}", notification.number(), notification.kind(),
                    notification.id(), attempt, notification.duplicate() ? " (duplicate)" : "",
                    answer.status() == 0 ? answer.error() : "HTTP " + answer.status()
                            + (answer.error() == null || answer.error().startsWith("HTTP") ? "" : ", " + answer.error()),
                    outcome, retryIn == null ? "" : " in " + retryIn.toMillis() + " ms");
        }
        NotificationDelivery delivery = new NotificationDelivery(notification, attempt, outcome, answer.status(),
                answer.error(), answer.body(), Instant.now());
        log.add(delivery);
        return delivery;
    }

    private Answer post(HttpClient client, Notification notification) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(notification.target()));
        } catch (IllegalArgumentException e) {
            return new Answer(0, LoopbackTarget.NOT_HTTP, "");
        }
        request.timeout(settings.timeout())
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notification.bodyBytes()));
        if (notification.signature() != null) {
            request.header("Signature", notification.signature());
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body() == null ? new byte[0] : response.body();
            return new Answer(response.statusCode(), Acknowledgement.failure(response.statusCode(), body),
                    text(body));
        } catch (HttpConnectTimeoutException e) {
            return new Answer(0, "connect timeout", "");
        } catch (HttpTimeoutException e) {
            return new Answer(0, "timeout", "");
        } catch (ConnectException e) {
            return new Answer(0, "connection refused", "");
        } catch (IOException e) {
            return new Answer(0, "I/O error: " + e.getClass().getSimpleName(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", "");
        }
    }

    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= MAX_RESPONSE_CHARS ? text : text.substring(0, MAX_RESPONSE_CHARS);
    }
}
