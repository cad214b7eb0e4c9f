package dev.dealgraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with only a Bolt connector, for local dev and tests.
 *
 * <p>Usage: {@code EmbeddedNeo4j [--port N] [--data DIR]} (env fallbacks: NEO4J_EMBEDDED_PORT,
 * NEO4J_EMBEDDED_DATA). Prints exactly one {@code DEALGRAPH_NEO4J_READY bolt://127.0.0.1:<port>}
 * line on stdout when the database accepts work; everything else goes to stderr or to
 * {@code <data>/logs/debug.log}. Exits when stdin closes so it never outlives its parent.
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) {
        int port = Integer.parseInt(arg(args, "--port", "NEO4J_EMBEDDED_PORT", "7687"));
        Path dir = Path.of(arg(args, "--data", "NEO4J_EMBEDDED_DATA", ".neo4j/data")).toAbsolutePath();

        // Keep stdout for the READY line only; anything that prints to it by accident goes to stderr.
        PrintStream out = System.out;
        System.setOut(System.err);

        // Fail fast with a plain message instead of after a full Neo4j start-up and a Netty trace.
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            // bound and released: the port is free
        } catch (IOException e) {
            fail("port " + port + " on " + HOST + " is already in use (another Neo4j?); choose another port", e);
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(dir);
            dbms = new DatabaseManagementServiceBuilder(dir)
                    .setConfig(GraphDatabaseSettings.data_directory, dir)
                    .setConfig(GraphDatabaseSettings.logs_directory, dir.resolve("logs"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // Local, loopback-only dev/test instance: auth off, so no password to set up or
                    // store. Drivers still send a user/password token; Neo4j accepts any token then.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Shared 2-core box: small page cache (allocated lazily); tx memory stays default.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Netty waits a 5 s quiet period (twice) before Bolt stops; tests restart often.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    // Neo4j's user log (neo4j.log) to stderr, warnings and errors only.
                    .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                    .build();
        } catch (Throwable e) {
            fail("could not start Neo4j on " + HOST + ":" + port + " with data dir " + dir, e);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("[neo4j-embedded] shutting down");
                dbms.shutdown();
            }
        };
        // SIGTERM/SIGINT run shutdown hooks: stop cleanly so the store needs no recovery next time.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

        try {
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            fail("Neo4j started but the default database is not available", e);
        }
        out.println("DEALGRAPH_NEO4J_READY bolt://" + HOST + ":" + port);
        out.flush();

        // The parent (Node) holds our stdin; EOF means it is gone, so exit (runs the shutdown hook).
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input
                }
            } catch (IOException ignored) {
                // treat as closed
            }
            System.err.println("[neo4j-embedded] stdin closed, exiting");
            System.exit(0);
        }, "stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static String arg(String[] args, String flag, String env, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One clear line with the root cause (e.g. "Address ... is already in use"), then exit 1. */
    private static void fail(String what, Throwable e) {
        Throwable root = e;
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            causes.append("\n  caused by: ").append(t);
        }
        System.err.println("[neo4j-embedded] ERROR: " + what + ": " + root.getMessage() + causes);
        System.exit(1);
    }
}
