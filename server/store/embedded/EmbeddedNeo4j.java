/*
 * Runs Neo4j Community in this JVM with its own Bolt connector on a loopback port, so the
 * Node side talks to it exactly as it would to a Neo4j server, Aura or a cluster.
 *
 * Usage: java -cp "classes:lib/*" EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb>
 * Prints "NEO4J_READY <version>" on stdout once the default database is available.
 * Exits (checkpointing the store) on SIGTERM or when stdin closes: the parent Node process
 * keeps stdin open, so its death, even by SIGKILL, never leaves an orphan JVM behind.
 */
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

public final class EmbeddedNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheBytes = Long.parseLong(args[2]) * 1024L * 1024L;

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Loopback only, so no credentials: the same trust as a local file.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        // The read-only Cypher console must not read the machine's files with LOAD CSV.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // Netty waits this long for late tasks, twice, after the databases have already stopped
        // and checkpointed: 5 s each by default, which made every stop take 10 s more.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      System.err.println("the default database did not become available within 2 minutes");
      System.exit(1);
    }
    System.out.println("NEO4J_READY " + Version.getNeo4jVersion());
    System.out.flush();

    // Block until the parent closes our stdin (or dies), then exit through the shutdown hook.
    InputStream in = System.in;
    while (in.read() != -1) {
      // Input is ignored; only end-of-stream matters.
    }
    System.exit(0);
  }
}
