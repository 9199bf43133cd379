package no.ankomst.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import no.ankomst.AnkomstTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two Quartz nodes on one database, as two app nodes run: the same scheduler name, the tables of
 * {@code V11__quartz.sql}, clustered, each its own instance id. Every firing of a shared trigger runs on exactly
 * one of them.
 */
@AnkomstTest
class ClusteredSchedulerTest {

    private static final int FIRINGS = 6;
    private static DataSource database;

    @Autowired
    DataSource dataSource;

    private final String schedulerName = "cluster-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Scheduler> nodes = new ArrayList<>();

    /** Writes each execution (its scheduled fire time and the node) to the table the test reads. */
    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try (Connection connection = database.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into test_cluster_execution (scheduler, fire_time, node) values (?, ?, ?)")) {
                insert.setString(1, context.getScheduler().getSchedulerName());
                insert.setLong(2, context.getScheduledFireTime().getTime());
                insert.setString(3, context.getScheduler().getSchedulerInstanceId());
                insert.executeUpdate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void twoNodes() throws Exception {
        database = dataSource;
        execute("create table if not exists test_cluster_execution (scheduler text, fire_time bigint, node text)");
        DBConnectionManager.getInstance().addConnectionProvider(schedulerName, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void initialize() {
            }
        });
        for (String node : List.of("node-a", "node-b")) {
            Scheduler scheduler = new StdSchedulerFactory(properties(node)).getScheduler();
            scheduler.start();
            nodes.add(scheduler);
        }
    }

    private Properties properties(String node) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", schedulerName);
        properties.setProperty("org.quartz.scheduler.instanceId", node);
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", schedulerName);
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return properties;
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (Scheduler node : nodes) {
            node.shutdown(true);
        }
    }

    @Test
    void two_clustered_nodes_run_each_firing_of_a_trigger_exactly_once() throws Exception {
        nodes.getFirst().scheduleJob(JobBuilder.newJob(RecordingJob.class).withIdentity("recording").build(),
                TriggerBuilder.newTrigger().withIdentity("every-second")
                        .startAt(new Date(System.currentTimeMillis() + 1000))
                        .withSchedule(SimpleScheduleBuilder.repeatSecondlyForTotalCount(FIRINGS)).build());

        await().atMost(Duration.ofSeconds(60)).until(() -> distinctFireTimes() == FIRINGS);

        assertThat(executions()).as("executions").isEqualTo(FIRINGS);
    }

    private long distinctFireTimes() throws SQLException {
        return count("select count(distinct fire_time) from test_cluster_execution where scheduler = ?");
    }

    private long executions() throws SQLException {
        return count("select count(*) from test_cluster_execution where scheduler = ?");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schedulerName);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
