package dev.artgen.infra.bench.consumption;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Compares ways of consuming slow ArtGen jobs on a real in-process KRaft broker: claim-and-hand-off
 * (A), manual async acks (B) and share groups (C). Prints one table and exits. Optional arguments
 * are model letters (e.g. {@code A C}) to run only those models.
 */
public final class ConsumptionBenchmark {

    private static final int PARTITIONS = 2;
    private static final int JOBS = 200;
    private static final long SEED = 42;
    // The whole run must stay within ~8 minutes on a 2-core machine: later scenarios are skipped past this.
    private static final long RUN_BUDGET_MILLIS = TimeUnit.MINUTES.toMillis(7);
    private static final long SCENARIO_CAP_MILLIS = TimeUnit.SECONDS.toMillis(60);
    private static final AtomicInteger TOPIC_SUFFIX = new AtomicInteger();

    private ConsumptionBenchmark() {}

    /** One line of the plan: which model, which jobs, how many at once. */
    private record Scenario(ConsumptionModel model, Workload workload, int maxInFlight) {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        Set<String> only = Set.of(args);
        long runStart = System.nanoTime();

        Workload fixed = Workload.fixed(JOBS, 2_000);
        Workload uniform = Workload.uniform(JOBS, 200, 6_000, SEED);
        ConsumptionModel a = new ClaimAndHandOffModel(PARTITIONS);
        ConsumptionModel b = new AsyncAckModel(PARTITIONS);
        ConsumptionModel c = new ShareGroupModel();
        List<Scenario> plan = new ArrayList<>();
        for (ConsumptionModel model : List.of(a, b, c)) {
            for (Workload workload : List.of(fixed, uniform)) {
                plan.add(new Scenario(model, workload, 50));
                if (model != c) {
                    plan.add(new Scenario(model, workload, 200));
                }
            }
        }
        // What one process sustains when the consumer only claims: 1000 jobs, 500 slots.
        plan.add(new Scenario(a, Workload.fixed(1_000, 2_000), 500));
        // 200 share consumers in one JVM can swamp a small broker; run them last so they cannot spoil the rest.
        plan.add(new Scenario(c, fixed, 200));
        plan.add(new Scenario(c, uniform, 200));
        plan.removeIf(s -> !only.isEmpty() && !only.contains(s.model().name().substring(0, 1)));

        System.out.printf(
                "ArtGen consumption benchmark: Java %s, %d cores, load average %.2f at start%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), loadAverage());
        EmbeddedKafkaKraftBroker broker = startBroker();
        String bootstrap = broker.getBrokersAsString();
        System.out.printf("Broker up at %s after %.1f s%n%n", bootstrap, (System.nanoTime() - runStart) / 1e9);

        List<ScenarioResult> results = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int index = 0;
            // Unreported warm-up per model: creates __consumer_offsets and __share_group_state and warms
            // the JIT, so the first measured scenario of each model does not pay those one-off costs.
            for (ConsumptionModel model :
                    plan.stream().map(Scenario::model).distinct().toList()) {
                ScenarioResult warm = runScenario(admin, bootstrap, 0, new Scenario(model, Workload.fixed(8, 50), 2));
                System.out.printf("warm-up %-20s %s%n", model.name(), summary(warm));
            }
            for (Scenario scenario : plan) {
                index++;
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - runStart);
                if (elapsed > RUN_BUDGET_MILLIS) {
                    System.out.printf(
                            "[%2d/%d] skipped (run budget spent): %s %s x%d%n",
                            index,
                            plan.size(),
                            scenario.model().name(),
                            scenario.workload().label(),
                            scenario.maxInFlight());
                    continue;
                }
                ScenarioResult result = runScenario(admin, bootstrap, index, scenario);
                results.add(result);
                System.out.printf(
                        "[%2d/%d] %-20s %-12s jobs=%-4d x%-4d %s%n",
                        index,
                        plan.size(),
                        result.model(),
                        result.workload(),
                        result.jobs(),
                        result.maxInFlight(),
                        summary(result));
            }
        }
        System.out.println();
        printTable(results);
        System.out.printf(
                "%nTotal run time %.1f s, load average %.2f at end.%n",
                (System.nanoTime() - runStart) / 1e9, loadAverage());
        System.out.flush();
        // Broker and client threads may linger after close; this is a one-shot benchmark.
        System.exit(0);
    }

    private static ScenarioResult runScenario(Admin admin, String bootstrap, int index, Scenario scenario)
            throws Exception {
        // A fresh topic and group per scenario: no committed offsets, no share-group state carried over.
        String topic = "bench-" + index + "-" + TOPIC_SUFFIX.incrementAndGet();
        String groupId = "group-" + topic;
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1)))
                .all()
                .get();
        scenario.model().prepareGroup(admin, groupId);
        produce(bootstrap, topic, scenario.workload());

        long timeout = Math.min(
                SCENARIO_CAP_MILLIS,
                40_000 + (long) (4_000 * scenario.workload().idealSeconds(scenario.maxInFlight())));
        double load = loadAverage();
        ScenarioResult result;
        try (JobTracker tracker = new JobTracker(scenario.workload().size())) {
            tracker.start();
            ConsumptionModel.Running running =
                    scenario.model().start(bootstrap, topic, groupId, scenario.maxInFlight(), tracker);
            boolean complete = tracker.awaitAll(timeout);
            // Snapshot before asking the model for its note: describing a share group can take seconds,
            // and jobs finishing meanwhile must not count towards this scenario's numbers.
            result = tracker.result(scenario.model().name(), scenario.workload(), scenario.maxInFlight(), load, "");
            String note = running.note();
            if (!complete) {
                note = "timed out after " + timeout / 1000 + " s; " + note;
            }
            result = result.withNote(note);
            running.close();
        }
        admin.deleteTopics(List.of(topic)).all().get();
        return result;
    }

    private static void produce(String bootstrap, String topic, Workload workload) throws Exception {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            int i = 0;
            for (Workload.Job job : workload.jobs()) {
                // Explicit round-robin partitions: both partitions get the same share in the same order for every
                // model.
                producer.send(new ProducerRecord<>(topic, i++ % PARTITIONS, job.id(), job.encode()));
            }
            producer.flush();
        }
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5",
                // A single node cannot host the share-state topic at the default replication factor of 3.
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                // The default 50 state partitions take many seconds to create and load on a 2-core machine.
                "share.coordinator.state.topic.num.partitions", "5"));
        broker.afterPropertiesSet();
        return broker;
    }

    private static void printTable(List<ScenarioResult> results) {
        String header = String.format(
                "%-20s %-12s %5s %5s %8s %8s %7s %7s %6s %6s %5s %5s %5s %5s  %s",
                "model",
                "workload",
                "jobs",
                "slots",
                "wall s",
                "ideal s",
                "jobs/s",
                "1st s",
                "peakS",
                "peakX",
                "runs",
                "dups",
                "rej",
                "load",
                "note");
        System.out.println(header);
        System.out.println("-".repeat(header.length() + 10));
        for (ScenarioResult r : results) {
            System.out.printf(
                    "%-20s %-12s %5d %5d %8.2f %8.2f %7.1f %7.2f %6d %6d %5d %5d %5d %5.2f  %s%n",
                    r.model(),
                    r.workload(),
                    r.jobs(),
                    r.maxInFlight(),
                    r.wallSeconds(),
                    r.idealSeconds(),
                    r.jobsPerSecond(),
                    r.firstStartSeconds(),
                    r.peakInFlightSampled(),
                    r.peakInFlightExact(),
                    r.runs(),
                    r.duplicates(),
                    r.claimRejections(),
                    r.loadAverage(),
                    (r.complete() ? "" : "INCOMPLETE " + r.finished() + "/" + r.jobs() + "; ") + r.note());
        }
        System.out.println();
        System.out.println(
                "wall s: consumers started -> last distinct job finished; ideal s: greedy list schedule on <slots> with zero overhead;");
        System.out.println(
                "1st s: time to first job start (group join + fetch); peakS: in-flight sampled every 10 ms; peakX: exact maximum;");
        System.out.println(
                "runs: provider calls started; dups: runs beyond one per finished job; rej: redeliveries refused by A's claim;");
        System.out.println(
                "load: 1-min load average at scenario start; note: partition hand-overs (classic) or consumers/members (share).");
    }

    private static String summary(ScenarioResult r) {
        return String.format(
                "wall %.2f s (ideal %.2f), %.1f jobs/s, peak %d, runs %d%s",
                r.wallSeconds(),
                r.idealSeconds(),
                r.jobsPerSecond(),
                r.peakInFlightSampled(),
                r.runs(),
                r.complete() ? "" : ", INCOMPLETE " + r.finished());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Broker and client INFO logging would bury the table; WARN still shows real trouble. */
    private static void quietLogging() {
        // Under exec:java the SLF4J factory may be Maven's own (already quiet with -q), not Logback's.
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
