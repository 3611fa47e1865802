package local.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community database that listens on Bolt (loopback only).
 *
 * Configuration comes from environment variables so that the password never shows in `ps`:
 *   NEO4J_LOCAL_HOME       data folder (created if missing)
 *   NEO4J_LOCAL_PORT       Bolt port on 127.0.0.1
 *   NEO4J_LOCAL_PASSWORD   password of the `neo4j` user (at least 8 characters)
 *   NEO4J_LOCAL_PAGECACHE_MB  page cache size in MiB
 *
 * Prints exactly one line starting with READY_MARKER once Bolt accepts authenticated
 * connections. Stops cleanly on SIGTERM/SIGINT and also when its standard input closes,
 * which happens when the parent Node process dies for any reason (even SIGKILL), so the
 * JVM can never outlive the service that started it.
 */
public final class Launcher {
    static final String READY_MARKER = "NEO4J_LOCAL_READY";

    public static void main(String[] args) {
        Path home = Path.of(requireEnv("NEO4J_LOCAL_HOME")).toAbsolutePath();
        int port = Integer.parseInt(requireEnv("NEO4J_LOCAL_PORT"));
        String password = requireEnv("NEO4J_LOCAL_PASSWORD");
        long pageCacheMb = Long.parseLong(System.getenv().getOrDefault("NEO4J_LOCAL_PAGECACHE_MB", "64"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("neo4j-local: shutting down");
                dbms.shutdown();
                System.err.println("neo4j-local: stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

        setPassword(dbms, password);
        watchParent(System.in);

        System.out.println(READY_MARKER + " bolt://127.0.0.1:" + port);
        System.out.flush();
    }

    /**
     * Sets the neo4j user's password. Re-setting the current password is refused by Neo4j
     * ("Old password and new password cannot be the same"), which is the normal case on every
     * start after the first, so that one refusal is expected and ignored.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) {
                System.err.println("neo4j-local: could not set the password: " + message);
                System.exit(2);
            }
        }
    }

    /** Exits (running the shutdown hook) as soon as the parent closes our stdin. */
    private static void watchParent(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() != -1) {
                    // Input is ignored; only end-of-stream matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as end-of-stream.
            }
            System.exit(0);
        }, "neo4j-local-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("neo4j-local: environment variable " + name + " is required");
            System.exit(2);
        }
        return value;
    }
}
