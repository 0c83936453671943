/*
 * Runs Neo4j Community in this JVM with its own Bolt connector on a loopback port, so the
 * Node side talks to it exactly as it would to a Neo4j server, Aura or a cluster.
 *
 * Usage: java -cp "classes:lib/*" EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb> <passwordFile>
 * Prints "NEO4J_READY <version>" on stdout once the default database is available.
 *
 * Bolt requires authentication: loopback alone is no boundary, since any local process can
 * connect, and Bolt also answers WebSocket upgrades on the same port, which any web page open
 * in the user's browser can make (Neo4j 5.26 has no setting to turn that transport off). On
 * every start the user neo4j gets the password held in <passwordFile>, which the Node side
 * created owner-only; a client without it, by driver or raw WebSocket, is refused.
 * Exits (checkpointing the store) on SIGTERM or when stdin closes: the parent Node process
 * keeps stdin open, so its death, even by SIGKILL, never leaves an orphan JVM behind.
 *
 * Two commands on stdin, one per line, let the parent work on the store files (a bulk import
 * swaps database folders) without a new JVM, whose start takes 7 s where a restart in this
 * warm one takes 0.5 s: "stop" shuts the DBMS down and answers "NEO4J_STOPPED"; "start"
 * starts it again and answers "NEO4J_READY <version>", or "NEO4J_START_FAILED <reason>".
 */
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

public final class EmbeddedNeo4j {
  private static Path home;
  private static int port;
  private static long pageCacheBytes;
  private static String password;
  /** The running DBMS, or null between "stop" and "start". */
  private static volatile DatabaseManagementService dbms;

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb> <passwordFile>");
      System.exit(2);
    }
    home = Path.of(args[0]).toAbsolutePath();
    port = Integer.parseInt(args[1]);
    pageCacheBytes = Long.parseLong(args[2]) * 1024L * 1024L;
    // Read from a file, never from the command line, which every local user can list.
    password = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).trim();
    if (password.length() < 16) {
      System.err.println("the password file " + args[3] + " holds fewer than 16 characters");
      System.exit(2);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::stop, "neo4j-shutdown"));

    String failure = start();
    if (failure != null) {
      System.err.println(failure);
      System.exit(1);
    }
    answer("NEO4J_READY " + Version.getNeo4jVersion());

    // Until the parent closes our stdin (or dies), then exit through the shutdown hook.
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      switch (line.trim()) {
        case "stop" -> {
          stop();
          answer("NEO4J_STOPPED");
        }
        case "start" -> {
          String reason = dbms == null ? start() : null;
          answer(reason == null ? "NEO4J_READY " + Version.getNeo4jVersion() : "NEO4J_START_FAILED " + reason.replace('\n', ' '));
        }
        default -> {
          // Anything else is ignored; only the commands and end-of-stream matter.
        }
      }
    }
    System.exit(0);
  }

  /** Starts the DBMS; null once the default database is available, else why it is not. */
  private static String start() {
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
          // The read-only Cypher console must not read the machine's files with LOAD CSV.
          .setConfig(GraphDatabaseSettings.allow_file_urls, false)
          // One transaction may hold a quarter of the heap: a console query that collects without
          // bound fails alone (MemoryPoolOutOfMemoryError) instead of starving every other query.
          // A 200-document ingest batch stays far below it.
          .setConfig(GraphDatabaseSettings.memory_transaction_max_size, Runtime.getRuntime().maxMemory() / 4)
          // Netty waits this long for late tasks, twice, after the databases have already stopped
          // and checkpointed: 5 s each by default, which made every stop take 10 s more.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (RuntimeException e) {
      dbms = null;
      return "the DBMS did not start: " + e;
    }
    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      stop();
      return "the default database did not become available within 2 minutes";
    }
    try {
      // Through the embedded API, which needs no login, before any Bolt client can log in.
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Every start after the first sets the password it already has, which Neo4j refuses.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        stop();
        return "could not set the Bolt password: " + e;
      }
    }
    return null;
  }

  /** Shuts the DBMS down (a checkpoint) if it runs. */
  private static synchronized void stop() {
    DatabaseManagementService running = dbms;
    dbms = null;
    if (running != null) running.shutdown();
  }

  private static void answer(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
