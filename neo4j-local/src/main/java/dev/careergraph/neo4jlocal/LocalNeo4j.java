package dev.careergraph.neo4jlocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Embedded Neo4j 5.26 Community with the Bolt connector on 127.0.0.1, for local tests and CI.
 *
 * <p>Configuration (environment variables; all optional):
 * <ul>
 *   <li>NEO4J_LOCAL_HOME      - Neo4j home (data/, logs/). Default: ./.neo4j (the start script passes the repo's .neo4j).</li>
 *   <li>NEO4J_LOCAL_PORT      - Bolt port on 127.0.0.1. Default 7687.</li>
 *   <li>NEO4J_LOCAL_AUTH      - "true" (default) or "false" to disable authentication.</li>
 *   <li>NEO4J_PASSWORD        - password for user "neo4j" when auth is enabled. Default "careergraph-local".
 *                               Applied on every start (the env value always wins).</li>
 *   <li>NEO4J_LOCAL_TX_TIMEOUT_SECONDS - db.transaction.timeout. Default 120.</li>
 *   <li>NEO4J_LOCAL_PAGECACHE_MB       - page cache size. Default 256.</li>
 * </ul>
 *
 * <p>When Bolt is up and the password has been applied, the launcher writes {@code <home>/neo4j.ready}
 * (containing the port) and prints "LocalNeo4j READY". SIGTERM/SIGINT trigger a clean shutdown.
 */
public final class LocalNeo4j {

    private static final String USER = "neo4j";

    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path home = Path.of(env("NEO4J_LOCAL_HOME", args.length > 0 ? args[0] : ".neo4j")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("NEO4J_LOCAL_PORT", "7687"));
        boolean auth = !"false".equalsIgnoreCase(env("NEO4J_LOCAL_AUTH", "true"));
        String password = env("NEO4J_PASSWORD", "careergraph-local");
        long txTimeout = Long.parseLong(env("NEO4J_LOCAL_TX_TIMEOUT_SECONDS", "120"));
        long pageCacheMb = Long.parseLong(env("NEO4J_LOCAL_PAGECACHE_MB", "256"));

        Files.createDirectories(home);
        Path readyFile = home.resolve("neo4j.ready");
        Files.deleteIfExists(readyFile);

        log("starting Neo4j (embedded, " + neo4jVersion() + ") home=" + home + " bolt=127.0.0.1:" + port
                + " auth=" + (auth ? "enabled" : "disabled"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.<Setting<?>, Object>of(
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                        BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port),
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"),
                        GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"),
                        GraphDatabaseSettings.auth_enabled, auth,
                        GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout),
                        GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(Math.min(txTimeout, 60)),
                        GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb)))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt's netty event loops otherwise wait a 5 s quiet period (twice) on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // Keep CI disks small: only keep a little transaction log history.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutdown requested; stopping Neo4j");
            try {
                Files.deleteIfExists(readyFile);
            } catch (IOException ignored) {
                // best effort
            }
            try {
                dbms.shutdown();
                log("Neo4j stopped cleanly");
            } catch (Throwable t) {
                log("error during shutdown: " + t);
            } finally {
                stopped.countDown();
            }
        }, "local-neo4j-shutdown"));

        if (auth) {
            applyPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        }
        // Touch the default database so it is fully online before we report readiness.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        Path tmp = home.resolve("neo4j.ready.tmp");
        Files.writeString(tmp, Integer.toString(port), StandardCharsets.UTF_8);
        Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log(String.format(Locale.ROOT, "LocalNeo4j READY bolt://127.0.0.1:%d (startup %.1fs)",
                port, (System.nanoTime() - t0) / 1e9));

        stopped.await();
    }

    /** Sets the neo4j user's password to {@code password} (no forced change), idempotently. */
    private static void applyPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password for user '" + USER + "' set");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Old password and new password cannot be the same")) {
                // Already set to this password; make sure no change is required.
                system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
                log("password for user '" + USER + "' unchanged");
            } else {
                throw e;
            }
        }
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementServiceBuilder.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "Neo4j 5.26.x" : "Neo4j " + v;
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

    private static void log(String msg) {
        System.out.println(java.time.Instant.now() + " [local-neo4j] " + msg);
        System.out.flush();
    }
}
